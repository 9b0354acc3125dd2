import type { Kysely } from "kysely";
import type { Database } from "../../platform/db/schema.js";
import { type Lang, translator } from "../../platform/i18n/translate.js";
import type { LinkAction } from "./digest-links.js";
import { parseRecipientKey, type RecipientSource, type StopTarget } from "./recipient.js";

export interface DescribedLink {
  title: string;
  intro: string;
  submit: string;
  done: string;
  /** The label of the optional reason field ("niet voor ons"). */
  reason?: string;
}

/** What a link's page says it will do, or undefined when its recipient or subject is gone. */
export async function describeLink(
  db: Kysely<Database>,
  sources: readonly RecipientSource[],
  link: LinkAction,
  lang: Lang,
): Promise<DescribedLink | undefined> {
  const t = translator(lang);
  const owner = parseRecipientKey(sources, link.recipient);
  if (!owner) return undefined;
  const texts = (prefix: "stopDigest" | "stopOne" | "follow" | "putAside", name = "") => ({
    title: t(`alerts.link.${prefix}.title`),
    intro: t(`alerts.link.${prefix}.intro`, { name }),
    submit: t(`alerts.link.${prefix}.submit`),
    done: t(`alerts.link.${prefix}.done`, { name }),
  });
  if (link.action === "stop") {
    const { target } = link;
    if (target.kind === "digest") return texts("stopDigest");
    const name = await subjectName(db, owner, target, lang);
    return name === undefined ? undefined : texts("stopOne", name);
  }
  const call = await callTitle(db, link.callId);
  if (call === undefined) return undefined;
  if (link.action === "follow") return owner.source.followCall ? texts("follow", call) : undefined;
  return { ...texts("putAside", call), reason: t("alerts.link.putAside.reason") };
}

/** Does what the link says; twice is once. */
export async function performLink(
  db: Kysely<Database>,
  sources: readonly RecipientSource[],
  link: LinkAction,
  reason: string | null,
  now: Date,
): Promise<void> {
  const owner = parseRecipientKey(sources, link.recipient);
  if (!owner) return;
  if (link.action === "stop") return owner.source.stop(db, owner.id, link.target, now);
  if (link.action === "follow") return owner.source.followCall?.(db, owner.id, link.callId, now);
  await db
    .insertInto("digestTriage")
    .values({ recipientKey: link.recipient, callId: link.callId, reason, createdAt: now.toISOString() })
    .onConflict((oc) => oc.columns(["recipientKey", "callId"]).doNothing())
    .execute();
}

async function subjectName(
  db: Kysely<Database>,
  owner: { source: RecipientSource; id: number },
  target: Exclude<StopTarget, { kind: "digest" }>,
  lang: Lang,
): Promise<string | undefined> {
  const t = translator(lang);
  if (target.kind === "search") {
    const name = await owner.source.searchName?.(db, owner.id, target.id);
    return name === undefined ? undefined : t("digest.reason.search", { name });
  }
  if (target.type === "theme") {
    const theme = await db.selectFrom("themes").select(["nameNl", "nameEn"]).where("id", "=", target.id).executeTakeFirst();
    return theme && t("digest.reason.theme", { name: lang === "en" ? theme.nameEn : theme.nameNl });
  }
  if (target.type === "programme") {
    const programme = await db.selectFrom("programmes").select("name").where("id", "=", target.id).executeTakeFirst();
    return programme && t("digest.reason.programme", { name: programme.name });
  }
  const title = await callTitle(db, target.id);
  return title === undefined ? undefined : t("digest.reason.call", { name: title });
}

async function callTitle(db: Kysely<Database>, id: number): Promise<string | undefined> {
  return (await db.selectFrom("calls").select("title").where("id", "=", id).executeTakeFirst())?.title;
}
