import { Hono } from "hono";
import { z } from "zod";
import type { AppDeps } from "../../app-deps.js";
import { AppError } from "../../errors.js";
import { signedInUser } from "../../platform/http/guards.js";
import { segments } from "../../platform/http/paths.js";
import { type Lang, translator } from "../../platform/i18n/translate.js";
import { actorOf } from "./audit-log.js";
import { RECORD_SECTIONS, type RecordSection, SECTION_TYPES } from "./backoffice-paths.js";
import { notePresence, othersPresent } from "./presence.js";

const beat = z.object({ record: z.string().regex(new RegExp(`^(${RECORD_SECTIONS.join("|")}):\\d+$`)) });

/** The open page's heartbeat: notes the editor as present and answers who else has the record open. */
export function presenceRoutes(deps: AppDeps, lang: Lang) {
  const app = new Hono();
  const t = translator(lang);
  app.post(`/${segments[lang].backoffice}/presence`, async (c) => {
    const parsed = beat.safeParse(await c.req.json().catch(() => null));
    if (!parsed.success) throw new AppError("invalid_input", "record");
    const [section = "", id = ""] = parsed.data.record.split(":");
    const record = { type: SECTION_TYPES[section as RecordSection], id: Number(id) };
    const user = signedInUser(c);
    const now = deps.now();
    await notePresence(deps.db.kysely, record, { id: user.id, name: actorOf(user).label }, now);
    const names = await othersPresent(deps.db.kysely, record, user.id, now);
    return c.json({ text: names.length ? t("bo.form.presence", { names: names.join(", ") }) : "" });
  });
  return app;
}
