import { createRoute, z } from "@hono/zod-openapi";
import type { AppDeps } from "../../../app-deps.js";
import { AppError } from "../../../errors.js";
import { findEvent, listEvents } from "../../events/event.queries.js";
import { apiRouter } from "../api-router.js";
import { presentEvent, presentEventDetail } from "../catalogue.presenter.js";
import { Event, EventDetail, pageSchema } from "../catalogue.schemas.js";
import { setLastModified } from "../conditional.js";
import { pageBody, setPaginationHeaders } from "../pagination.js";
import { pageParams, slugParam } from "../query-params.js";
import { jsonResponses } from "../responses.js";

const eventQuery = z
  .object({
    when: z
      .enum(["upcoming", "past"])
      .default("upcoming")
      .openapi({ description: "upcoming: not ended yet, soonest first; past: ended, latest first." }),
    ...pageParams,
  })
  .strict();

export function eventsApi(deps: AppDeps) {
  const api = apiRouter();
  const baseUrl = deps.config.BASE_URL;

  api.openapi(
    createRoute({
      method: "get",
      path: "/events",
      operationId: "listEvents",
      tags: ["events"],
      summary: "List info sessions and other events",
      request: { query: eventQuery },
      responses: jsonResponses(pageSchema(Event, "EventPage"), "A page of events."),
    }),
    async (c) => {
      const { when, page, size } = c.req.valid("query");
      const { total, events } = await listEvents(deps.db.kysely, { when, limit: size, offset: (page - 1) * size }, deps.now());
      const result = { items: events, total, page, size };
      setPaginationHeaders(c, baseUrl, result);
      setLastModified(
        c,
        events.map((e) => e.updatedAt),
      );
      return c.json(pageBody({ ...result, items: events.map((e) => presentEvent(e, baseUrl)) }), 200);
    },
  );

  api.openapi(
    createRoute({
      method: "get",
      path: "/events/{slug}",
      operationId: "getEvent",
      tags: ["events"],
      summary: "One event",
      request: { params: slugParam },
      responses: jsonResponses(EventDetail, "The event with its related calls.", { notFound: true }),
    }),
    async (c) => {
      const event = await findEvent(deps.db.kysely, c.req.valid("param").slug, deps.now());
      if (!event) throw new AppError("event_not_found");
      setLastModified(c, [event.updatedAt]);
      return c.json(presentEventDetail(event, baseUrl), 200);
    },
  );

  return api;
}
