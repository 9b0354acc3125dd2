import { addDays, format } from "date-fns";
import { Hono } from "hono";
import type { AppDeps } from "../../app-deps.js";
import { AppError } from "../../errors.js";
import { pathsFor, segments } from "../../platform/http/paths.js";
import { backHref, pageContext } from "../../platform/http/site-context.js";
import type { Lang } from "../../platform/i18n/translate.js";
import { brusselsDate, startOfBrusselsDay } from "../../platform/time/brussels.js";
import { redirectedSlug } from "../history/slug-redirects.js";
import { findEvent, listEvents } from "./event.queries.js";
import { monthGridDays } from "./views/event-calendar.js";
import { EventList, type EventView } from "./views/event-list.js";
import { EventPage } from "./views/event-page.js";

export function eventRoutes(deps: AppDeps, lang: Lang) {
  const app = new Hono();
  const base = `/${segments[lang].events}`;

  app.get(base, async (c) => {
    const now = deps.now();
    const db = deps.db.kysely;
    let data: EventView;
    if (c.req.query("view") === "month") {
      // A month that is not YYYY-MM falls back to the current month rather than failing.
      const asked = c.req.query("month") ?? "";
      const month = /^\d{4}-(0[1-9]|1[0-2])$/.test(asked) ? asked : brusselsDate(now).slice(0, 7);
      const { days } = monthGridDays(month);
      const from = startOfBrusselsDay(format(days[0] as Date, "yyyy-MM-dd"));
      const to = startOfBrusselsDay(format(addDays(days.at(-1) as Date, 1), "yyyy-MM-dd"));
      const { events } = await listEvents(db, { when: { from, to }, limit: 500 }, now);
      data = { view: "month", month, events };
    } else {
      const [upcoming, past] = await Promise.all([
        listEvents(db, { when: "upcoming", limit: 50 }, now),
        listEvents(db, { when: "past", limit: 20 }, now),
      ]);
      data = { view: "list", upcoming: upcoming.events, past: past.events };
    }
    return c.html(<EventList page={pageContext(c, lang, deps.config.BASE_URL, now)} data={data} />);
  });

  app.get(`${base}/:slug`, async (c) => {
    const now = deps.now();
    const event = await findEvent(deps.db.kysely, c.req.param("slug"), now);
    if (!event) {
      const moved = await redirectedSlug(deps.db.kysely, "event", c.req.param("slug"));
      if (moved) return c.redirect(pathsFor(lang).event(moved), 301);
      throw new AppError("event_not_found");
    }
    const page = pageContext(c, lang, deps.config.BASE_URL, now);
    return c.html(<EventPage page={page} event={event} backHref={backHref(c, page.paths.section("events"), lang)} />);
  });

  return app;
}
