import { Hono } from "hono";
import type { AppDeps } from "../../app-deps.js";
import { pageContext } from "../../platform/http/site-context.js";
import type { Lang } from "../../platform/i18n/translate.js";
import { listCalls } from "../calls/call.queries.js";
import { listEvents } from "../events/event.queries.js";
import { listThemes } from "../themes/theme.queries.js";
import { HomePage } from "./home-page.js";

export function homeRoutes(deps: AppDeps, lang: Lang) {
  const app = new Hono();
  app.get("/", async (c) => {
    const now = deps.now();
    const db = deps.db.kysely;
    const [open, events, themes] = await Promise.all([
      listCalls(db, { statuses: ["open"], order: "deadline", limit: 8 }, now),
      listEvents(db, { when: "upcoming", limit: 4 }, now),
      listThemes(db),
    ]);
    return c.html(
      <HomePage page={pageContext(c, lang, deps.config.BASE_URL, now)} open={open} events={events.events} themes={themes} />,
    );
  });
  return app;
}
