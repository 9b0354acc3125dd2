import { type Context, Hono } from "hono";
import { z } from "zod";
import type { AppDeps } from "../../app-deps.js";
import { AppError } from "../../errors.js";
import type { FollowSubjectType } from "../../platform/db/schema.js";
import { authorize, requireUser, signedInUser } from "../../platform/http/guards.js";
import { pathsFor, segments } from "../../platform/http/paths.js";
import { safeSameSitePath } from "../../platform/http/safe-path.js";
import { pageContext } from "../../platform/http/site-context.js";
import type { Lang } from "../../platform/i18n/translate.js";
import { calendarPageRoutes } from "./calendar-feed.routes.js";
import { callsForYou } from "./calls-for-you.js";
import { FOLLOW_SUBJECT_TYPES, findFollowSubject } from "./follow-subjects.js";
import { can } from "./following.policy.js";
import { comingDeadlines, follow, followedBy, followThemes, unfollow } from "./follows.repository.js";
import { countNewResults } from "./new-results.js";
import { profileOf } from "./profile.repository.js";
import { profileRoutes } from "./profile.routes.js";
import { savedSearchRoutes } from "./saved-search.routes.js";
import { savedSearchesOf } from "./saved-searches.repository.js";
import { MyGuidePage } from "./views/my-guide-page.js";

const followForm = z.object({
  type: z.enum(FOLLOW_SUBJECT_TYPES),
  slug: z.string().min(1).max(160),
  action: z.enum(["follow", "unfollow"]),
  next: z.string().max(2000).optional(),
});

const NOT_FOUND: Record<FollowSubjectType, "theme_not_found" | "programme_not_found" | "call_not_found"> = {
  theme: "theme_not_found",
  programme: "programme_not_found",
  call: "call_not_found",
};

/** Mijn gids, following and unfollowing, keeping themes picked before logging in. */
export function followingRoutes(deps: AppDeps, lang: Lang) {
  const app = new Hono();
  const db = deps.db.kysely;
  const base = `/${segments[lang].myGuide}`;

  app.get(base, requireUser, async (c) => {
    const now = deps.now();
    const user = signedInUser(c);
    const [followed, deadlines, saved, profile] = await Promise.all([
      followedBy(db, user.id, now),
      comingDeadlines(db, user.id, now),
      savedSearchesOf(db, user.id),
      profileOf(db, user.id),
    ]);
    const [searches, forYou] = await Promise.all([
      Promise.all(saved.map(async (search) => ({ search, fresh: await countNewResults(db, deps.search, search, now) }))),
      profile.beneficiaryType || profile.themes.length ? callsForYou(db, profile, now) : null,
    ]);
    const page = pageContext(c, lang, deps.config.BASE_URL, now);
    return c.html(<MyGuidePage page={page} followed={followed} deadlines={deadlines} searches={searches} forYou={forYou} />);
  });

  app.post(`${base}/follow`, requireUser, async (c) => {
    const now = deps.now();
    const user = signedInUser(c);
    const parsed = followForm.safeParse(await c.req.parseBody());
    if (!parsed.success) throw new AppError("invalid_input", "type, slug and action are required");
    const { type, slug, action, next } = parsed.data;
    const subject = await findFollowSubject(db, type, slug, now);
    if (!subject) throw new AppError(NOT_FOUND[type]);
    authorize(c, can, "follow", { kind: "catalogue" });
    if (action === "follow") await follow(db, user.id, type, subject.id, now);
    else await unfollow(db, user.id, type, subject.id);
    if (wantsJson(c)) return c.json({ following: action === "follow" });
    const paths = pathsFor(lang);
    const fallback = type === "theme" ? paths.theme(slug) : type === "programme" ? paths.programme(slug) : paths.call(slug);
    return c.redirect(safeSameSitePath(next, fallback), 303);
  });

  // Themes a visitor picked before logging in, sent by the page script once they are signed in.
  app.post(`${base}/themes`, requireUser, async (c) => {
    const user = signedInUser(c);
    const body = await c.req.parseBody({ all: true });
    const picked = [body.theme ?? []]
      .flat()
      .filter((v): v is string => typeof v === "string")
      .slice(0, 50);
    authorize(c, can, "follow", { kind: "catalogue" });
    const followed = await followThemes(db, user.id, picked, deps.now());
    if (wantsJson(c)) return c.json({ followed });
    return c.redirect(pathsFor(lang).section("myGuide"), 303);
  });

  app.route("/", savedSearchRoutes(deps, lang));
  app.route("/", profileRoutes(deps, lang));
  app.route("/", calendarPageRoutes(deps, lang));
  return app;
}

function wantsJson(c: Context): boolean {
  return (c.req.header("accept") ?? "").includes("application/json");
}
