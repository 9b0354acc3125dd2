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
 * Signs a run's digest links, each mail's for the recipient it goes to: one HMAC a mail instead
 * of one a link (a mail has tens of links, and a run a hundred thousand mails). The signature
 * shows a link comes from a mail to this recipient, which is all its page relies on: the same
 * mail's List-Unsubscribe link already stops everything, and every action it can name is
 * undone in the settings. Links signed per link in earlier mails keep working (readLink).
 */
export function linkSigner(key: Buffer): (recipient: string) => (link: LinkFor<LinkAction>) => string {
  // base64 turns every 3 bytes into 4 characters, so a payload encodes as its first 3n bytes
  // followed by the rest: of "follow user:42 1234" the part before the call is encoded once a
  // mail and the rest, the call id and a byte or two before it, once a run (recipient keys are ASCII).
  const tails = new Map<string, string>();
  return (recipient) => {
    const signed = recipientSignature(key, recipient);
    const heads = new Map<string, { encoded: string; rest: string }>();
    return (link) => {
      if (link.action === "stop") return `${base64url(encodeStop({ ...link, recipient }))}.${signed}`;
      let head = heads.get(link.action);
      if (!head) {
        const before = `${link.action} ${recipient} `;
        const cut = before.length - (before.length % 3);
        head = { encoded: base64url(before.slice(0, cut)), rest: before.slice(cut) };
        heads.set(link.action, head);
      }
      const rest = head.rest + link.callId;
      let tail = tails.get(rest);
      if (tail === undefined) {
        tail = base64url(rest);
        tails.set(rest, tail);
      }
      return `${head.encoded}${tail}.${signed}`;
    };
  };
}

function base64url(text: string): string {
  return Buffer.from(text).toString("base64url");
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

/** A stop link's payload; the others are "follow user:42 1234" and "put-aside user:42 1234" (linkSigner). */
function encodeStop(link: Extract<LinkAction, { action: "stop" }>): string {
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
