import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, DIALECTS, type TestDb } from "../../../test/support/dialects.js";
import { visitorClient } from "../../../test/support/http-client.js";
import { createTestApp } from "../../../test/support/test-app.js";
import { segments } from "../../platform/http/paths.js";
import { createSession } from "../../platform/http/session.js";
import type { Role } from "../../platform/http/visitor.js";
import type { Lang } from "../../platform/i18n/translate.js";
import { RECORD_SECTIONS } from "../backoffice/backoffice-paths.js";
import { createSavedSearch, findSavedSearch } from "../following/saved-searches.repository.js";
import { rolesFor } from "./user.input.js";
import { createUser } from "./user.repository.js";

/**
 * Every route the app has, read from the app itself, with the rule it must keep. A route
 * added without a rule here fails the first test, so no page or form escapes the check.
 *
 * open: anyone may ask; posting needs the visitor's CSRF token, signed in or not.
 * member: only a signed-in user; a visitor who is not is sent to log in.
 * owned: a member's own record (a saved search): another member can neither see nor touch it.
 * editor: the back office: editors and admins; a member is refused, a visitor sent to log in.
 * admin: the back office's admin pages: an editor is refused too.
 * mailed: a digest link, authenticated by the signed token in its path and by nothing else
 *   (RFC 8058 one-click unsubscribe posts without a form's CSRF token); a forged token is 404.
 */
type Rule = "open" | "member" | "owned" | "editor" | "admin" | "mailed";

const both = (nl: string[], en: string[]) => [...nl, ...en];
/** The list, the forms and the revisions of every kind of record the back office edits. */
function recordRoutes(lang: Lang): string[] {
  const s = segments[lang];
  const root = `${lang === "nl" ? "" : `/${lang}`}/${s.backoffice}`;
  return RECORD_SECTIONS.flatMap((section) => {
    const list = `${root}/${s[section]}`;
    const record = `${list}/:id{[0-9]+}`;
    return [
      `GET ${list}`,
      `GET ${list}/${s.newRecord}`,
      `POST ${list}/${s.newRecord}`,
      `GET ${record}`,
      `POST ${record}`,
      `GET ${record}/${s.revisions}`,
      `POST ${record}/${s.revisions}`,
    ];
  });
}

const RULES: Record<Rule, string[]> = {
  open: [
    "GET /healthz",
    "GET /readyz",
    // Guarded by METRICS_TOKEN or a loopback address, not by an account (metrics.test.ts).
    "GET /metrics",
    "GET /static/:name",
    "GET /robots.txt",
    "GET /sitemap.xml",
    "GET /api/v1/docs",
    "GET /en/api/v1/docs",
    "GET /api/v1/calls",
    "GET /api/v1/calls/:slug",
    "GET /api/v1/programmes",
    "GET /api/v1/programmes/:slug",
    "GET /api/v1/events",
    "GET /api/v1/events/:slug",
    "GET /api/v1/themes",
    "GET /api/v1/themes/:slug",
    "GET /api/v1/beneficiary-types",
    "GET /api/v1/beneficiary-types/:slug",
    "GET /api/v1/openapi.json",
    ...both(
      [
        "GET /",
        "GET /zoeken",
        "GET /oproepen",
        "GET /oproepen/:slug",
        "GET /programmas",
        "GET /programmas/:slug",
        "GET /evenementen",
        "GET /evenementen/:slug",
        "GET /themas",
        "GET /themas/:slug",
        "GET /begunstigden",
        "GET /begunstigden/:slug",
        "GET /artikels",
        "GET /artikels/:slug",
        "GET /oproepen/agenda.ics",
        "GET /oproepen/export.csv",
        "GET /oproepen/export.xlsx",
        "GET /oproepen/feed.rss",
        "GET /oproepen/feed.atom",
        "GET /zoeken/agenda.ics",
        "GET /zoeken/export.csv",
        "GET /zoeken/export.xlsx",
        "GET /zoeken/feed.rss",
        "GET /zoeken/feed.atom",
        "GET /oproepen/:slug/agenda.ics",
        "GET /evenementen/:slug/agenda.ics",
        "GET /evenementen/agenda.ics",
        "GET /mijn-agenda/:token/agenda.ics",
        "GET /abonneren",
        "POST /abonneren",
        "GET /abonneren/bevestigen",
        "POST /abonneren/bevestigen",
        "GET /abonneren/beheren",
        "POST /abonneren/beheren/stoppen",
        "GET /registreren",
        "POST /registreren",
        "GET /bevestigen",
        "POST /bevestigen",
        "GET /inloggen",
        "POST /inloggen",
        "GET /inloglink",
        "POST /inloglink",
        "GET /wachtwoord-vergeten",
        "POST /wachtwoord-vergeten",
        "GET /wachtwoord-herstellen",
        "POST /wachtwoord-herstellen",
        "POST /uitloggen",
      ],
      [
        "GET /en",
        "GET /en/search",
        "GET /en/calls",
        "GET /en/calls/:slug",
        "GET /en/programmes",
        "GET /en/programmes/:slug",
        "GET /en/events",
        "GET /en/events/:slug",
        "GET /en/themes",
        "GET /en/themes/:slug",
        "GET /en/beneficiaries",
        "GET /en/beneficiaries/:slug",
        "GET /en/articles",
        "GET /en/articles/:slug",
        "GET /en/calls/agenda.ics",
        "GET /en/calls/export.csv",
        "GET /en/calls/export.xlsx",
        "GET /en/calls/feed.rss",
        "GET /en/calls/feed.atom",
        "GET /en/search/agenda.ics",
        "GET /en/search/export.csv",
        "GET /en/search/export.xlsx",
        "GET /en/search/feed.rss",
        "GET /en/search/feed.atom",
        "GET /en/calls/:slug/agenda.ics",
        "GET /en/events/:slug/agenda.ics",
        "GET /en/events/agenda.ics",
        "GET /en/my-calendar/:token/agenda.ics",
        "GET /en/subscribe",
        "POST /en/subscribe",
        "GET /en/subscribe/confirm",
        "POST /en/subscribe/confirm",
        "GET /en/subscribe/manage",
        "POST /en/subscribe/manage/stop",
        "GET /en/register",
        "POST /en/register",
        "GET /en/confirm",
        "POST /en/confirm",
        "GET /en/login",
        "POST /en/login",
        "GET /en/login-link",
        "POST /en/login-link",
        "GET /en/forgot-password",
        "POST /en/forgot-password",
        "GET /en/reset-password",
        "POST /en/reset-password",
        "POST /en/logout",
      ],
    ),
  ],
  member: both(
    [
      "GET /account",
      "POST /account/e-mail",
      "POST /account/wachtwoord",
      "POST /account/sessies",
      "GET /account/mijn-gegevens.json",
      "POST /account/verwijderen",
      "GET /mijn-gids",
      "POST /mijn-gids/follow",
      "POST /mijn-gids/themes",
      "GET /mijn-gids/agenda",
      "POST /mijn-gids/agenda",
      "GET /zoekopdracht-bewaren",
      "POST /zoekopdracht-bewaren",
      "GET /profiel",
      "POST /profiel",
      "GET /samenvatting",
      "POST /samenvatting",
    ],
    [
      "GET /en/account",
      "POST /en/account/email",
      "POST /en/account/password",
      "POST /en/account/sessions",
      "GET /en/account/my-data.json",
      "POST /en/account/delete",
      "GET /en/my-guide",
      "POST /en/my-guide/follow",
      "POST /en/my-guide/themes",
      "GET /en/my-guide/calendar",
      "POST /en/my-guide/calendar",
      "GET /en/save-search",
      "POST /en/save-search",
      "GET /en/profile",
      "POST /en/profile",
      "GET /en/digest",
      "POST /en/digest",
    ],
  ),
  owned: both(
    ["POST /mijn-gids/searches/:id/show", "POST /mijn-gids/searches/:id/delete"],
    ["POST /en/my-guide/searches/:id/show", "POST /en/my-guide/searches/:id/delete"],
  ),
  editor: both(
    [
      "GET /beheer",
      "GET /beheer/samenvoegen",
      "POST /beheer/samenvoegen",
      "GET /beheer/importlabels",
      "POST /beheer/importlabels",
      "POST /beheer/importlabels/ontkoppelen",
      "POST /beheer/presence",
      ...recordRoutes("nl"),
      "GET /beheer/importeren",
      "POST /beheer/importeren",
      "POST /beheer/importeren/doorvoeren",
    ],
    [
      "GET /en/admin",
      "GET /en/admin/merge",
      "POST /en/admin/merge",
      "GET /en/admin/import-labels",
      "POST /en/admin/import-labels",
      "POST /en/admin/import-labels/unlink",
      "POST /en/admin/presence",
      ...recordRoutes("en"),
      "GET /en/admin/import",
      "POST /en/admin/import",
      "POST /en/admin/import/commit",
    ],
  ),
  admin: both(
    [
      "GET /beheer/logboek",
      "GET /beheer/gebruikers",
      "POST /beheer/gebruikers/:id/rol",
      "POST /beheer/gebruikers/:id/deactiveren",
      "POST /beheer/gebruikers/:id/heractiveren",
    ],
    [
      "GET /en/admin/log",
      "GET /en/admin/users",
      "POST /en/admin/users/:id/role",
      "POST /en/admin/users/:id/deactivate",
      "POST /en/admin/users/:id/reactivate",
    ],
  ),
  mailed: both(
    ["GET /samenvatting/link/:token", "POST /samenvatting/link/:token"],
    ["GET /en/digest/link/:token", "POST /en/digest/link/:token"],
  ),
};

function ruleOf(route: string): Rule | undefined {
  return (Object.keys(RULES) as Rule[]).find((rule) => RULES[rule].includes(route));
}

/** The app's own endpoints (middleware registered for every method is not one). */
function routesOf(app: ReturnType<typeof createTestApp>["app"]): string[] {
  return [...new Set(app.routes.filter((r) => r.method !== "ALL").map((r) => `${r.method} ${r.path}`))];
}

const loginPath = (path: string) => (path.startsWith("/en") ? "/en/login" : "/inloggen");

for (const dialect of DIALECTS) {
  describe(`authorisation of every route (${dialect})`, () => {
    let db: TestDb;
    let ctx: ReturnType<typeof createTestApp>;
    const users = {} as Record<"member" | "other" | "editor" | "admin", { id: number; email: string }>;
    let ownedSearch = 0;

    beforeAll(async () => {
      db = await createTestDb(dialect);
      // Hundreds of requests from one test client: the page limit is not what is tested here.
      ctx = createTestApp(db, { env: { PAGE_RATE_LIMIT: "1000000" } });
      const roles: Record<keyof typeof users, Role> = { member: "member", other: "member", editor: "editor", admin: "admin" };
      for (const [actor, role] of Object.entries(roles) as [keyof typeof users, Role][]) {
        const email = `${actor}@example.be`;
        const created = await createUser(
          db.kysely,
          { email, password: "lange zin met woorden 42", roles: rolesFor(role) },
          ctx.now,
        );
        if (!created.ok) throw created.error;
        users[actor] = { id: created.value.id, email };
      }
      const id = await createSavedSearch(
        db.kysely,
        users.member.id,
        { name: "Kmo", query: "q=kmo", frequency: "weekly" },
        ctx.now,
      );
      if (id === "duplicate_name") throw new Error("fixture");
      ownedSearch = id;
    });
    afterAll(() => db?.destroy());

    /** A visitor as the actor, with a fresh session each time: a form that logs out must not change the next check. */
    async function as(actor: keyof typeof users | "anonymous", forPosting = true) {
      const client = visitorClient(ctx.app);
      if (actor !== "anonymous") client.cookies.set("sid", await createSession(db.kysely, users[actor].id, ctx.now));
      // A page that renders the visitor's CSRF token, as a browser would have before posting.
      if (forPosting) await client.get(actor === "anonymous" ? "/inloggen" : "/account");
      return client;
    }

    const concrete = (path: string) =>
      path
        .replace(/\{[^}]*\}/g, "")
        .replace(":slug", "bestaat-niet")
        .replace(":name", "site.css")
        .replace(":id", String(ownedSearch));

    it("has a rule for every route of the app", () => {
      const routes = routesOf(ctx.app);
      expect(routes.length).toBeGreaterThan(100);
      expect(routes.filter((route) => !ruleOf(route))).toEqual([]);
    });

    it("refuses every form posted without the visitor's CSRF token, whoever posts it, and changes nothing", async () => {
      for (const route of routesOf(ctx.app).filter((r) => r.startsWith("POST ") && ruleOf(r) !== "mailed")) {
        const path = concrete(route.slice(5));
        for (const actor of ["anonymous", "member", "admin"] as const) {
          const client = await as(actor);
          const res = await client.send(path, {
            method: "POST",
            body: new URLSearchParams({ _csrf: "forged" }),
            headers: { "content-type": "application/x-www-form-urlencoded" },
          });
          expect(res.status, `${actor} ${route}`).toBe(403);
        }
      }
      expect(await findSavedSearch(db.kysely, ownedSearch)).toBeDefined();
    }, 300_000);

    it("serves open pages to everyone, never sending anyone to log in", async () => {
      for (const route of RULES.open.filter((r) => r.startsWith("GET "))) {
        const path = concrete(route.slice(4));
        for (const actor of ["anonymous", "member", "other", "editor", "admin"] as const) {
          const res = await (await as(actor, false)).get(path);
          // 404 for a record that does not exist, 400 for a mailed link without its token.
          expect([200, 400, 404], `${actor} ${route} answered ${res.status}`).toContain(res.status);
        }
      }
      // Five visitors on a hundred pages: a limit for a busy machine, not a speed assertion.
    }, 300_000);

    it("sends anonymous visitors from member pages and forms to log in; members get their own page only", async () => {
      for (const route of RULES.member) {
        const [method, path] = route.split(" ") as ["GET" | "POST", string];
        const anonymous = await as("anonymous");
        const refused = method === "GET" ? await anonymous.get(path) : await anonymous.post(path);
        expect(refused.status, `anonymous ${route}`).toBe(303);
        expect(refused.headers.get("location"), `anonymous ${route}`).toMatch(new RegExp(`^${loginPath(path)}`));
        if (method !== "GET") continue;
        for (const actor of ["member", "other", "editor", "admin"] as const) {
          const res = await (await as(actor)).get(path);
          expect(res.status, `${actor} ${route}`).toBe(200);
          const body = await res.text();
          if (actor !== "member") expect(body, `${actor} sees the member's data on ${route}`).not.toContain(users.member.email);
        }
      }
    }, 300_000);

    it("keeps the back office to editors and admins, and its admin pages to admins", async () => {
      for (const rule of ["editor", "admin"] as const) {
        for (const route of RULES[rule]) {
          const [method, template] = route.split(" ") as ["GET" | "POST", string];
          const path = concrete(template);
          const anonymous = await as("anonymous");
          const refused = method === "GET" ? await anonymous.get(path) : await anonymous.post(path);
          expect(refused.status, `anonymous ${route}`).toBe(303);
          expect(refused.headers.get("location"), `anonymous ${route}`).toMatch(new RegExp(`^${loginPath(path)}`));
          const members: ("member" | "editor")[] = rule === "admin" ? ["member", "editor"] : ["member"];
          for (const actor of members) {
            const client = await as(actor);
            const res = method === "GET" ? await client.get(path) : await client.post(path);
            expect(res.status, `${actor} ${route}`).toBe(403);
          }
          if (method !== "GET") continue;
          for (const actor of rule === "admin" ? (["admin"] as const) : (["editor", "admin"] as const)) {
            const res = await (await as(actor)).get(path);
            // 404 for a record that does not exist.
            expect([200, 404], `${actor} ${route} answered ${res.status}`).toContain(res.status);
            expect(res.headers.get("cache-control"), route).toBe("private, no-store");
          }
        }
      }
    }, 300_000);

    it("lets no one but its owner use a member's saved search, not even an admin", async () => {
      for (const route of RULES.owned) {
        const path = concrete(route.slice(5));
        const anonymous = await (await as("anonymous")).post(path);
        expect(anonymous.status, `anonymous ${route}`).toBe(303);
        expect(anonymous.headers.get("location")).toMatch(new RegExp(`^${loginPath(path)}`));
        for (const actor of ["other", "editor", "admin"] as const) {
          const res = await (await as(actor)).post(path);
          expect(res.status, `${actor} ${route}`).toBe(404);
        }
        expect(await findSavedSearch(db.kysely, ownedSearch), route).toBeDefined();
      }
      const shown = await (await as("member")).post(concrete("/mijn-gids/searches/:id/show"));
      expect(shown.status).toBe(303);
      const deleted = await (await as("member")).post(concrete("/mijn-gids/searches/:id/delete"));
      expect(deleted.status).toBe(303);
      expect(await findSavedSearch(db.kysely, ownedSearch)).toBeUndefined();
    });

    it("answers a digest link with a forged token 404 for everyone, by GET or POST, and changes nothing", async () => {
      for (const route of RULES.mailed) {
        const [method, template] = route.split(" ") as ["GET" | "POST", string];
        const path = template.replace(":token", "dXNlcjox.vervalst");
        for (const actor of ["anonymous", "member", "admin"] as const) {
          const client = await as(actor, false);
          const res =
            method === "GET"
              ? await client.get(path)
              : await client.send(path, {
                  method: "POST",
                  body: "List-Unsubscribe=One-Click",
                  headers: { "content-type": "application/x-www-form-urlencoded" },
                });
          expect(res.status, `${actor} ${route}`).toBe(404);
        }
      }
      expect(await db.kysely.selectFrom("notificationSettings").selectAll().execute()).toEqual([]);
    });
  });
}
