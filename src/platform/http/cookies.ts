import type { Context } from "hono";
import { deleteCookie, getCookie, setCookie } from "hono/cookie";

/**
 * The site's own cookies: HttpOnly and SameSite=Lax always; on an https site also Secure
 * with the __Host- prefix, so no subdomain and no plain-http page can set or read them.
 */
export interface SiteCookies {
  get(c: Context, name: string): string | undefined;
  set(c: Context, name: string, value: string, maxAgeSeconds?: number): void;
  clear(c: Context, name: string): void;
}

export function siteCookies(baseUrl: string): SiteCookies {
  const secure = new URL(baseUrl).protocol === "https:";
  const prefix = secure ? ("host" as const) : undefined;
  const base = { httpOnly: true, sameSite: "Lax" as const, path: "/", secure, ...(prefix ? { prefix } : {}) };
  return {
    get: (c, name) => getCookie(c, name, prefix),
    set: (c, name, value, maxAgeSeconds) =>
      setCookie(c, name, value, maxAgeSeconds === undefined ? base : { ...base, maxAge: maxAgeSeconds }),
    clear: (c, name) => {
      deleteCookie(c, name, base);
    },
  };
}
