import type { Context } from "hono";
import { type MessageKey, nl } from "../i18n/messages.nl.js";
import type { SiteCookies } from "./cookies.js";
import type { Flash } from "./visitor.js";

export const FLASH_COOKIE = "flash";
const KINDS = new Set<Flash["kind"]>(["success", "info", "error"]);

/**
 * One-time messages travel in a short-lived cookie as message keys, never as text: the
 * page after a redirect says it in its own language, and a forged cookie can only show
 * a message of our own catalogue.
 */
export function writeFlash(c: Context, cookies: SiteCookies, flash: Flash[]): void {
  cookies.set(c, FLASH_COOKIE, flash.map((f) => `${f.kind}:${f.key}`).join(","), 300);
}

export function readFlash(value: string | undefined): Flash[] {
  if (!value) return [];
  return value.split(",").flatMap((item) => {
    const [kind, key] = item.split(":", 2) as [Flash["kind"], string | undefined];
    return KINDS.has(kind) && key && Object.hasOwn(nl, key) ? [{ kind, key: key as MessageKey }] : [];
  });
}
