import { type Context, Hono } from "hono";
import type { AppDeps } from "../../app-deps.js";
import { siteCookies } from "../../platform/http/cookies.js";
import { writeFlash } from "../../platform/http/flash.js";
import { authorize, requireUser, signedInUser } from "../../platform/http/guards.js";
import { segments } from "../../platform/http/paths.js";
import { pageContext } from "../../platform/http/site-context.js";
import type { MessageKey } from "../../platform/i18n/messages.nl.js";
import { type Lang, translator } from "../../platform/i18n/translate.js";
import { listBeneficiaryTypes, listThemes } from "../themes/theme.queries.js";
import { can } from "./following.policy.js";
import { guidePaths } from "./guide-paths.js";
import { profileForm } from "./profile.input.js";
import { profileOf, saveProfile } from "./profile.repository.js";
import { ProfilePage, type ProfileValues } from "./views/profile-page.js";

/** The organisation profile behind "Oproepen voor jou" and the eligibility panel. */
export function profileRoutes(deps: AppDeps, lang: Lang) {
  const app = new Hono();
  const db = deps.db.kysely;
  const path = `/${segments[lang].profile}`;
  const cookies = siteCookies(deps.config.BASE_URL);

  app.get(path, requireUser, async (c) => {
    const profile = await profileOf(db, signedInUser(c).id);
    const values: ProfileValues = {
      organisationName: profile.organisationName ?? "",
      beneficiaryType: profile.beneficiaryType?.slug ?? "",
      region: profile.region ?? "",
      themes: profile.themes.map((t) => t.slug),
    };
    return render(c, values, [], 200);
  });

  app.post(path, requireUser, async (c) => {
    const user = signedInUser(c);
    authorize(c, can, "update", { kind: "member-data", userId: user.id });
    const body = await c.req.parseBody({ all: true });
    const themes = [body.themes ?? []].flat().filter((v): v is string => typeof v === "string");
    const values: ProfileValues = {
      organisationName: String(body.organisationName ?? ""),
      beneficiaryType: String(body.beneficiaryType ?? ""),
      region: String(body.region ?? ""),
      themes,
    };
    const parsed = profileForm.safeParse({ ...values, themes });
    if (!parsed.success) return render(c, values, [...new Set(parsed.error.issues.map((i) => i.message))], 400);
    const refused = await saveProfile(db, user.id, parsed.data);
    const errors = [...(refused.unknownType ? ["type_unknown"] : []), ...(refused.unknownThemes.length ? ["theme_unknown"] : [])];
    if (errors.length) return render(c, values, errors, 400);
    writeFlash(c, cookies, [{ kind: "success", key: "profile.saved" }]);
    return c.redirect(guidePaths(lang).profile, 303);
  });

  async function render(c: Context, values: ProfileValues, errors: string[], status: 200 | 400) {
    const t = translator(lang);
    const [types, themes] = await Promise.all([listBeneficiaryTypes(db), listThemes(db)]);
    return c.html(
      <ProfilePage
        page={pageContext(c, lang, deps.config.BASE_URL, deps.now())}
        values={values}
        types={types}
        themes={themes}
        errors={errors.map((code) => t(`profile.error.${code}` as MessageKey))}
      />,
      status,
    );
  }

  return app;
}
