import { type Context, Hono } from "hono";
import type { AppDeps } from "../../app-deps.js";
import { siteCookies } from "../../platform/http/cookies.js";
import { writeFlash } from "../../platform/http/flash.js";
import { requireRole, signedInUser } from "../../platform/http/guards.js";
import { segments } from "../../platform/http/paths.js";
import { pageContext } from "../../platform/http/site-context.js";
import type { MessageKey } from "../../platform/i18n/messages.nl.js";
import type { Lang } from "../../platform/i18n/translate.js";
import { listProgrammeLabels, mapProgrammeLabel, unmapProgrammeLabel } from "../importers/programme-labels.js";
import { actorOf, logAction } from "./audit-log.js";
import { backofficePaths } from "./backoffice-paths.js";
import { LabelsPage } from "./views/labels-page.js";

/** /beheer/importlabels: the raw programme labels imports met, and which programme each means. */
export function labelRoutes(deps: AppDeps, lang: Lang) {
  const app = new Hono();
  const db = deps.db.kysely;
  const s = segments[lang];
  const path = `/${s.backoffice}/${s.importLabels}`;

  const render = async (c: Context, status: 200 | 400, error?: string) =>
    c.html(
      <LabelsPage
        page={pageContext(c, lang, deps.config.BASE_URL, deps.now())}
        labels={await listProgrammeLabels(db)}
        programmes={await db.selectFrom("programmes").select(["slug", "name"]).orderBy("name").orderBy("slug").execute()}
        error={error}
      />,
      status,
    );
  const done = (c: Context, key: MessageKey) => {
    writeFlash(c, siteCookies(deps.config.BASE_URL), [{ kind: "success", key }]);
    return c.redirect(backofficePaths(lang).importLabels, 303);
  };
  const field = async (c: Context, name: string) => {
    const value = (await c.req.parseBody())[name];
    return typeof value === "string" ? value.trim() : "";
  };

  app.get(path, requireRole("editor"), (c) => render(c, 200));

  app.post(path, requireRole("editor"), async (c) => {
    const label = await field(c, "label");
    const slug = await field(c, "programme");
    const actor = actorOf(signedInUser(c));
    const now = deps.now();
    const mapped = await db.transaction().execute(async (trx) => {
      const programme = await trx.selectFrom("programmes").select("id").where("slug", "=", slug).executeTakeFirst();
      const known = await trx.selectFrom("programmeLabelSightings").select("label").where("label", "=", label).executeTakeFirst();
      if (!programme || !known) return false;
      await mapProgrammeLabel(trx, { label, programmeId: programme.id, actor: actor.label, now });
      await logAction(trx, actor, "mapLabel", { type: "label", id: null }, now, `${label} → ${slug}`);
      return true;
    });
    if (!mapped) return render(c, 400, pageContext(c, lang, deps.config.BASE_URL, now).t("bo.labels.unknown"));
    return done(c, "bo.labels.mapped");
  });

  app.post(`${path}/${s.unlink}`, requireRole("editor"), async (c) => {
    const label = await field(c, "label");
    const actor = actorOf(signedInUser(c));
    const now = deps.now();
    const removed = await db.transaction().execute(async (trx) => {
      if (!(await unmapProgrammeLabel(trx, label))) return false;
      await logAction(trx, actor, "unmapLabel", { type: "label", id: null }, now, label);
      return true;
    });
    if (!removed) return render(c, 400, pageContext(c, lang, deps.config.BASE_URL, now).t("bo.labels.unknown"));
    return done(c, "bo.labels.unmappedDone");
  });

  return app;
}
