import { type Context, Hono } from "hono";
import type { AppDeps } from "../../app-deps.js";
import { AppError } from "../../errors.js";
import { authorize, requireUser, signedInUser } from "../../platform/http/guards.js";
import { segments } from "../../platform/http/paths.js";
import { pageContext } from "../../platform/http/site-context.js";
import { LANGS, type Lang } from "../../platform/i18n/translate.js";
import { readCalls } from "../calls/call-reader.js";
import { readEvents } from "../events/event.queries.js";
import { callDeadlineEntries, eventEntry, toIcs } from "../feeds/calendar.js";
import { feedWords } from "../feeds/feed-text.js";
import { calendarOwner, calendarSubjects, calendarTokenMadeAt, renewCalendarToken } from "./calendar-feed.repository.js";
import { can } from "./following.policy.js";
import { guidePaths } from "./guide-paths.js";
import { CalendarFeedPage } from "./views/calendar-feed-page.js";

/**
 * A member's own calendar, fetched by calendar apps that carry no cookie: the secret in the
 * address is the key. Mounted with the feeds, before the visitor is known.
 */
export function calendarFeedRoutes(deps: AppDeps) {
  const app = new Hono();
  const db = deps.db.kysely;
  for (const lang of LANGS) {
    app.get(guidePaths(lang).calendarFeed(":token"), async (c) => {
      const now = deps.now();
      const userId = await calendarOwner(db, c.req.param("token") ?? "");
      if (userId === undefined) throw new AppError("not_found");
      const { callIds, eventIds } = await calendarSubjects(db, userId, now);
      const [calls, events] = await Promise.all([readCalls(db, callIds, now), readEvents(db, eventIds, now)]);
      const base = deps.config.BASE_URL;
      const entries = [
        ...calls.flatMap((call) => callDeadlineEntries(call, base, lang)),
        ...events.map((event) => eventEntry(event, base, lang)),
      ];
      return c.body(toIcs(entries, `Subsidiegids – ${feedWords[lang].myCalendar}`), 200, {
        "Content-Type": "text/calendar; charset=utf-8",
        // Personal: no shared cache may keep it; the app asks again often enough.
        "Cache-Control": "private, max-age=300",
        "X-Robots-Tag": "noindex",
      });
    });
  }
  return app;
}

/** The page in Mijn gids that makes, shows once and renews the secret calendar address. */
export function calendarPageRoutes(deps: AppDeps, lang: Lang) {
  const app = new Hono();
  const db = deps.db.kysely;
  // Mounted under the language's prefix, like the other pages of this module.
  const path = `/${segments[lang].myGuide}/${segments[lang].calendar}`;

  app.get(path, requireUser, async (c) => render(c, undefined));

  app.post(path, requireUser, async (c) => {
    const user = signedInUser(c);
    authorize(c, can, "update", { kind: "member-data", userId: user.id });
    const token = await renewCalendarToken(db, user.id, deps.now());
    // Shown in this answer only: the address is kept as a hash, so no later page can show it.
    return render(c, `${deps.config.BASE_URL}${guidePaths(lang).calendarFeed(token)}`);
  });

  async function render(c: Context, address: string | undefined) {
    const madeAt = await calendarTokenMadeAt(db, signedInUser(c).id);
    return c.html(
      <CalendarFeedPage page={pageContext(c, lang, deps.config.BASE_URL, deps.now())} madeAt={madeAt} address={address} />,
    );
  }

  return app;
}
