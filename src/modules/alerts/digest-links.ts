import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import type { Kysely } from "kysely";
import type { Database, FollowSubjectType } from "../../platform/db/schema.js";
import { FOLLOW_SUBJECT_TYPES } from "../following/follow-subjects.js";
import type { StopTarget } from "./recipient.js";

/** What a link in a digest does once its page's button is pressed. */
export type LinkAction =
  | { action: "stop"; recipient: string; target: StopTarget }
  | { action: "put-aside"; recipient: string; callId: number }
  | { action: "follow"; recipient: string; callId: number };

/** A link's action without its recipient, which recipientLinks adds. */
type LinkFor<T> = T extends unknown ? Omit<T, "recipient"> : never;

const secrets = new WeakMap<Kysely<Database>, Promise<Buffer>>();

/**
 * The signing key, made once per database by whichever process needs it first. Signed
 * links need no row per mail and keep working from old mails; changing the key ends them all.
 */
export function linkKey(db: Kysely<Database>): Promise<Buffer> {
  let key = secrets.get(db);
  if (!key) {
    key = (async () => {
      await db
        .insertInto("linkKeys")
        .values({ name: "digest", secret: randomBytes(32).toString("base64url"), createdAt: new Date().toISOString() })
        .onConflict((oc) => oc.column("name").doNothing())
        .execute();
      const row = await db.selectFrom("linkKeys").select("secret").where("name", "=", "digest").executeTakeFirstOrThrow();
      return Buffer.from(row.secret, "base64url");
    })();
    key.catch(() => secrets.delete(db));
    secrets.set(db, key);
  }
  return key;
}

/**
 * A digest's links, signed for the recipient it goes to: one HMAC a mail instead of one a
 * link (a mail has tens of links, and a run a hundred thousand mails). The signature shows a
 * link comes from a mail to this recipient, which is all its page relies on: the same mail's
 * List-Unsubscribe link already stops everything, and every action it can name is undone in
 * the settings. Links signed per link in earlier mails keep working (readLink).
 */
export function recipientLinks(key: Buffer, recipient: string): (link: LinkFor<LinkAction>) => string {
  const signed = recipientSignature(key, recipient);
  return (link) => `${Buffer.from(encode({ ...link, recipient } as LinkAction)).toString("base64url")}.${signed}`;
}

/** The action a token stands for, or undefined when it was not signed with this key or names nothing we know. */
export function readLink(key: Buffer, token: string): LinkAction | undefined {
  const [payload, given, ...rest] = token.split(".");
  if (!payload || !given || rest.length) return undefined;
  const link = decode(Buffer.from(payload, "base64url").toString());
  if (!link) return undefined;
  const expected = Buffer.from(
    given.length === RECIPIENT_SIGNATURE_LENGTH ? recipientSignature(key, link.recipient) : signature(key, payload),
  );
  const actual = Buffer.from(given);
  if (expected.length !== actual.length || !timingSafeEqual(expected, actual)) return undefined;
  return link;
}

/** 128 bits; a per-link signature has 32 characters, so the length tells the two apart. */
const RECIPIENT_SIGNATURE_LENGTH = 22;

/** The space keeps it apart from a per-link signature, whose input is base64url. */
function recipientSignature(key: Buffer, recipient: string): string {
  return createHmac("sha256", key).update(`recipient ${recipient}`).digest("base64url").slice(0, RECIPIENT_SIGNATURE_LENGTH);
}

/** How links were signed before recipientLinks: each link on its own. */
function signature(key: Buffer, payload: string): string {
  return createHmac("sha256", key).update(payload).digest("base64url").slice(0, 32);
}

function encode(link: LinkAction): string {
  if (link.action !== "stop") return [link.action, link.recipient, link.callId].join(" ");
  const { target } = link;
  const subject = target.kind === "digest" ? [] : target.kind === "search" ? ["search", target.id] : [target.type, target.id];
  return ["stop", link.recipient, ...subject].join(" ");
}

function decode(text: string): LinkAction | undefined {
  const [action, recipient, type, raw] = text.split(" ");
  if (!recipient) return undefined;
  const id = Number(raw ?? type);
  if (action === "follow" || action === "put-aside") {
    return Number.isSafeInteger(id) && raw === undefined ? { action, recipient, callId: id } : undefined;
  }
  if (action !== "stop") return undefined;
  if (type === undefined) return { action, recipient, target: { kind: "digest" } };
  if (!Number.isSafeInteger(id)) return undefined;
  if (type === "search") return { action, recipient, target: { kind: "search", id } };
  const subject = FOLLOW_SUBJECT_TYPES.find((t) => t === type) as FollowSubjectType | undefined;
  return subject ? { action, recipient, target: { kind: "follow", type: subject, id } } : undefined;
}
