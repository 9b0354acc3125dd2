import { type Context, Hono } from "hono";
import type { AppDeps } from "../../app-deps.js";
import { AppError } from "../../errors.js";
import { siteCookies } from "../../platform/http/cookies.js";
import { writeFlash } from "../../platform/http/flash.js";
import { requireRole, signedInUser } from "../../platform/http/guards.js";
import { segments } from "../../platform/http/paths.js";
import { pageContext } from "../../platform/http/site-context.js";
import type { Lang } from "../../platform/i18n/translate.js";
import { contactLabel } from "../contacts/contact.input.js";
import { actorOf } from "./audit-log.js";
import { backofficePaths } from "./backoffice-paths.js";
import { MERGE_KINDS, type MergeKind } from "./merge/merge-kinds.js";
import { planMerge } from "./merge/merge-plan.js";
import { mergeRecords } from "./merge/merge-records.js";
import { type MergeChoices, MergeChooserPage, MergePreviewPage } from "./views/merge-pages.js";

const isKind = (value: string | undefined): value is MergeKind => MERGE_KINDS.includes(value as MergeKind);

/** /beheer/samenvoegen: choose two records, see what moves, confirm. */
export function mergeRoutes(deps: AppDeps, lang: Lang) {
  const app = new Hono();
  const db = deps.db.kysely;
  const path = `/${segments[lang].backoffice}/${segments[lang].merge}`;
  const page = (c: Context) => pageContext(c, lang, deps.config.BASE_URL, deps.now());

  const choices = async (): Promise<MergeChoices> => ({
    programme: await db.selectFrom("programmes").select(["slug", "name"]).orderBy("name").orderBy("slug").execute(),
    theme: await db.selectFrom("themes").select(["slug", "nameNl as name"]).orderBy("nameNl").execute(),
    beneficiary_type: await db.selectFrom("beneficiaryTypes").select(["slug", "nameNl as name"]).orderBy("nameNl").execute(),
    contact: (await db.selectFrom("contacts").select(["slug", "name", "email"]).orderBy("name").orderBy("id").execute()).map(
      (contact) => ({ slug: contact.slug, name: contactLabel(contact) }),
    ),
  });
  const chooser = async (
    c: Context,
    status: 200 | 400 | 404 | 409,
    chosen?: { kind: string; merged: string; kept: string },
    error?: string,
  ) => c.html(<MergeChooserPage page={page(c)} choices={await choices()} chosen={chosen} error={error} />, status);

  app.get(path, requireRole("editor"), async (c) => {
    const chosen = { kind: c.req.query("kind") ?? "", merged: c.req.query("merged") ?? "", kept: c.req.query("kept") ?? "" };
    if (!chosen.kind && !chosen.merged && !chosen.kept) return chooser(c, 200);
    if (!isKind(chosen.kind) || !chosen.merged || !chosen.kept) return chooser(c, 400, chosen, page(c).t("bo.merge.choose"));
    const kind = chosen.kind;
    try {
      const plan = await db.transaction().execute((trx) => planMerge(trx, kind, chosen.merged, chosen.kept));
      return c.html(<MergePreviewPage page={page(c)} plan={plan} />);
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      return chooser(c, error.status === 404 ? 404 : 400, chosen, error.messageIn(lang));
    }
  });

  app.post(path, requireRole("editor"), async (c) => {
    const body = await c.req.parseBody();
    const field = (name: string) => (typeof body[name] === "string" ? (body[name] as string) : "");
    const chosen = { kind: field("kind"), merged: field("merged"), kept: field("kept") };
    const versions = { merged: Number(field("mergedVersion")), kept: Number(field("keptVersion")) };
    if (
      !isKind(chosen.kind) ||
      !chosen.merged ||
      !chosen.kept ||
      !Number.isInteger(versions.merged) ||
      !Number.isInteger(versions.kept)
    ) {
      return chooser(c, 400, chosen, page(c).t("bo.merge.choose"));
    }
    try {
      await mergeRecords(deps.writer, {
        kind: chosen.kind,
        mergedSlug: chosen.merged,
        keptSlug: chosen.kept,
        actor: actorOf(signedInUser(c)),
        expectedVersions: versions,
        now: deps.now(),
      });
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      const status = error.status === 404 ? 404 : error.status === 409 ? 409 : 400;
      return chooser(c, status, chosen, error.messageIn(lang));
    }
    writeFlash(c, siteCookies(deps.config.BASE_URL), [{ kind: "success", key: "bo.merge.done" }]);
    return c.redirect(backofficePaths(lang).merge, 303);
  });

  return app;
}
