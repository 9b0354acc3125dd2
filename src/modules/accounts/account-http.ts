import type { Context } from "hono";
import type { AppDeps } from "../../app-deps.js";
import { clientAddress } from "../../platform/http/client-address.js";
import { siteCookies } from "../../platform/http/cookies.js";
import { writeFlash } from "../../platform/http/flash.js";
import type { Flash } from "../../platform/http/visitor.js";
import type { Lang } from "../../platform/i18n/translate.js";
import { type AccountMail, accountMail } from "./account-mails.js";
import { emailAddress } from "./user.input.js";

/** The text fields of a posted form (files and repeated fields are not ours). */
export async function formFields(c: Context): Promise<Record<string, string>> {
  const body = await c.req.parseBody();
  return Object.fromEntries(Object.entries(body).filter((e): e is [string, string] => typeof e[1] === "string"));
}

export function parseEmail(value: string | undefined): string | null {
  const parsed = emailAddress.safeParse(value ?? "");
  return parsed.success ? parsed.data : null;
}

/**
 * How often a form may be sent, per address and per client, counted in the database so
 * every web process holds the same limit. The per-address count runs whether or not the
 * address has an account, so the limit says nothing about who is registered.
 */
const LIMITS = {
  login: { address: 10, client: 50, windowSeconds: 15 * 60 },
  register: { address: 3, client: 20, windowSeconds: 60 * 60 },
  reset: { address: 3, client: 20, windowSeconds: 60 * 60 },
  loginLink: { address: 3, client: 20, windowSeconds: 60 * 60 },
  email: { address: 3, client: 20, windowSeconds: 60 * 60 },
} as const;

export type LimitedForm = keyof typeof LIMITS;

/** Null when the form may go ahead; otherwise the minutes to wait. */
export async function formLimit(deps: AppDeps, c: Context, form: LimitedForm, address: string): Promise<number | null> {
  const limit = LIMITS[form];
  const now = deps.now();
  const client = clientAddress(c, deps.config.TRUST_PROXY);
  const [byClient, byAddress] = await Promise.all([
    deps.rateLimits.hit(`account:${form}:client:${client}`, limit.client, limit.windowSeconds, now),
    deps.rateLimits.hit(`account:${form}:address:${address}`, limit.address, limit.windowSeconds, now),
  ]);
  if (byClient.allowed && byAddress.allowed) return null;
  return Math.max(1, Math.ceil(Math.max(byClient.retryAfterSeconds, byAddress.retryAfterSeconds) / 60));
}

/**
 * Sends one of the account mails with a link into the site, without making the answer
 * wait: whether a mail goes out (the address has an account) must not show in how long
 * the page takes. A mail server that fails is logged, not shown.
 */
export function sendAccountMail(deps: AppDeps, mail: AccountMail, to: string, lang: Lang, path: string): void {
  const link = new URL(path, deps.config.BASE_URL).href;
  accountMail(mail, to, lang, link)
    .then((message) => deps.mailer.send(message))
    .catch((error: unknown) => deps.log.error({ err: error, mail }, "account mail not sent"));
}

export function redirectWithFlash(deps: AppDeps, c: Context, to: string, flash: Flash) {
  writeFlash(c, siteCookies(deps.config.BASE_URL), [flash]);
  return c.redirect(to, 303);
}

/** The language a member chose, for their mails and the pages their links open. */
export function langOf(stored: string): Lang {
  return stored === "en" ? "en" : "nl";
}
