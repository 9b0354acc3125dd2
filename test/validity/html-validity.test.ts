import { execFile } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { follow } from "../../src/modules/following/follows.repository.js";
import { saveProfile } from "../../src/modules/following/profile.repository.js";
import { createSavedSearch } from "../../src/modules/following/saved-searches.repository.js";
import { manageKey } from "../../src/modules/subscriptions/manage-key.js";
import { confirmSubscription, requestSubscription } from "../../src/modules/subscriptions/subscription.repository.js";
import { subscriptionPaths } from "../../src/modules/subscriptions/subscription-paths.js";
import { useCatalogueSuite } from "../support/catalogue-suite.js";
import { DIALECTS } from "../support/dialects.js";
import { javaAvailable } from "../support/java.js";
import { signedInMember } from "../support/members.js";

const run = promisify(execFile);
/** The checker's jar, as the vnu-jar package ships it. */
const vnuJar = String(createRequire(import.meta.url)("vnu-jar"));

interface VnuMessage {
  type: string;
  url: string;
  lastLine?: number;
  message: string;
  extract?: string;
}

/** Every kind of page a visitor can open, in Dutch and in English; a member's own pages follow below. */
function pagesOf(data: ReturnType<typeof useCatalogueSuite>["data"]): string[] {
  const dutch = [
    "/",
    "/oproepen",
    "/oproepen?status=open&theme=x",
    `/oproepen/${data.open.slug}`,
    `/oproepen/${data.closed.slug}`,
    `/oproepen/${data.noDeadline.slug}`,
    "/zoeken?q=leerecosystemen",
    "/zoeken?q=woordzonderresultaat",
    "/programmas",
    `/programmas/${data.programme.slug}`,
    "/evenementen",
    "/evenementen?view=month&month=2026-12",
    `/evenementen/${data.event.slug}`,
    `/evenementen/${data.pastEvent.slug}`,
    "/themas",
    `/themas/${data.theme.slug}`,
    "/begunstigden",
    `/begunstigden/${data.schools.slug}`,
    "/artikels",
    `/artikels/${data.article.slug}`,
    "/api/v1/docs",
    "/oproepen/bestaat-niet",
    "/registreren",
    "/inloggen?next=%2Foproepen",
    "/inloglink",
    "/wachtwoord-vergeten",
    "/wachtwoord-herstellen?token=verlopen",
    `/abonneren?theme=${data.theme.slug}`,
    "/abonneren?search=q%3Dkmo",
    "/abonneren",
    "/abonneren/bevestigen?token=verlopen",
    "/abonneren/beheren?key=1.vervalst",
  ];
  const english = dutch.map((path) =>
    path
      .replace(/^\/oproepen/, "/en/calls")
      .replace(/^\/zoeken/, "/en/search")
      .replace(/^\/programmas/, "/en/programmes")
      .replace(/^\/evenementen/, "/en/events")
      .replace(/^\/themas/, "/en/themes")
      .replace(/^\/begunstigden/, "/en/beneficiaries")
      .replace(/^\/artikels/, "/en/articles")
      .replace(/^\/api\/v1\/docs/, "/en/api/v1/docs")
      .replace(/^\/registreren/, "/en/register")
      .replace(/^\/inloggen/, "/en/login")
      .replace(/^\/inloglink/, "/en/login-link")
      .replace(/^\/wachtwoord-vergeten/, "/en/forgot-password")
      .replace(/^\/wachtwoord-herstellen/, "/en/reset-password")
      .replace(/^\/abonneren\/bevestigen/, "/en/subscribe/confirm")
      .replace(/^\/abonneren\/beheren/, "/en/subscribe/manage")
      .replace(/^\/abonneren/, "/en/subscribe")
      .replace(/^\/$/, "/en"),
  );
  return [...dutch, ...english];
}

/** The pages only a member sees, with something followed, a saved search and a profile on them. */
const memberPages = [
  "/mijn-gids",
  "/mijn-gids/agenda",
  "/profiel",
  "/zoekopdracht-bewaren?q=leerecosystemen",
  "/themas",
  "/account",
];
const memberPagesEn = [
  "/en/my-guide",
  "/en/my-guide/calendar",
  "/en/profile",
  "/en/save-search?q=leerecosystemen",
  "/en/themes",
  "/en/account",
];

async function memberCookie(suite: ReturnType<typeof useCatalogueSuite>): Promise<string> {
  const db = suite.db.kysely;
  const now = suite.ctx.now;
  const member = await signedInMember(db, "lid@example.be", now);
  const userId = member.id;
  await follow(db, userId, "theme", suite.data.theme.id, now);
  await follow(db, userId, "call", suite.data.open.id, now);
  await createSavedSearch(db, userId, { name: "Leerecosystemen", query: "q=leerecosystemen", frequency: "weekly" }, now);
  await saveProfile(db, userId, {
    organisationName: "Vzw Leren",
    beneficiaryType: suite.data.schools.slug,
    region: "antwerpen",
    themes: [suite.data.theme.slug],
  });
  return member.cookie;
}

/** The confirm page of a live link and the manage page of an address with a subscription, in both languages. */
async function subscriberPages(suite: ReturnType<typeof useCatalogueSuite>): Promise<string[]> {
  const db = suite.db.kysely;
  const now = suite.ctx.now;
  const request = { language: "nl", kind: "theme", themeId: suite.data.theme.id, query: null, name: "Onderwijs" } as const;
  const pending = await requestSubscription(db, { ...request, email: "wacht@example.be" }, now);
  const confirmed = await requestSubscription(db, { ...request, email: "bevestigd@example.be" }, now);
  const addressId = await confirmSubscription(db, confirmed ?? "", now);
  const key = await manageKey(db, addressId ?? 0, now);
  return [
    subscriptionPaths("nl").confirmLink(pending ?? ""),
    subscriptionPaths("en").confirmLink(pending ?? ""),
    subscriptionPaths("nl").manageLink(key),
    subscriptionPaths("en").manageLink(key),
  ];
}

const describeWithJava = javaAvailable ? describe : describe.skip;

for (const dialect of DIALECTS) {
  describeWithJava(`every page is valid HTML by the Nu Html Checker (${dialect})`, () => {
    const suite = useCatalogueSuite(dialect);

    it("reports no error on any page type, in Dutch or English", async () => {
      const dir = await mkdtemp(join(tmpdir(), "subsidiegids-html-"));
      try {
        const files = new Map<string, string>();
        const cookie = await memberCookie(suite);
        const pages = [
          ...pagesOf(suite.data).map((path) => ({ path, cookie: undefined })),
          ...(await subscriberPages(suite)).map((path) => ({ path, cookie: undefined })),
          ...[...memberPages, ...memberPagesEn, `/oproepen/${suite.data.open.slug}`].map((path) => ({ path, cookie })),
        ];
        for (const [index, { path, cookie }] of pages.entries()) {
          const res = await suite.ctx.app.request(path, cookie ? { headers: { cookie } } : {});
          // 400: a mailed link whose token no longer works.
          expect([200, 400, 404], path).toContain(res.status);
          const file = join(dir, `page-${index}.html`);
          await writeFile(file, await res.text());
          files.set(`file:${file}`, path);
        }
        // One Java start for all pages; the checker exits 1 when it found errors, and says which in JSON.
        const result = await run(
          "java",
          ["-jar", vnuJar, "--errors-only", "--format", "json", ...[...files.keys()].map((f) => f.slice(5))],
          {
            maxBuffer: 16 * 1024 * 1024,
          },
        ).catch((error: { stdout: string; stderr: string }) => error);
        const report = JSON.parse(result.stderr || '{"messages":[]}') as { messages: VnuMessage[] };
        const errors = report.messages
          .filter((m) => m.type === "error" || m.type === "non-document-error")
          .map((m) => `${files.get(m.url) ?? m.url}:${m.lastLine ?? "?"} ${m.message} ${m.extract ?? ""}`);
        expect(errors).toEqual([]);
      } finally {
        await rm(dir, { recursive: true, force: true });
      }
    }, 120_000);
  });
}
