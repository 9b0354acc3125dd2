import type { Context, MiddlewareHandler } from "hono";
import { secureHeaders } from "hono/secure-headers";
import { htmlCaching } from "./cache-control.js";
import { routeKind } from "./route-kind.js";

const HSTS = "max-age=31536000; includeSubDomains";

/**
 * Headers for a site with cookies. A strict CSP that also forbids framing, <base> and posting
 * forms elsewhere; no powerful browser features; HSTS only on an https request (over plain
 * http it would be ignored at best, and misleading); HTML says how it may be kept.
 */
export function responseHeaders(options: { trustedProxies: number }): MiddlewareHandler[] {
  const secure = secureHeaders({
    contentSecurityPolicy: {
      defaultSrc: ["'self'"],
      imgSrc: ["'self'", "data:"],
      objectSrc: ["'none'"],
      frameAncestors: ["'none'"],
      baseUri: ["'none'"],
      formAction: ["'self'"],
    },
    permissionsPolicy: {
      camera: [],
      microphone: [],
      geolocation: [],
      payment: [],
      usb: [],
      browsingTopics: [],
    },
    strictTransportSecurity: false,
    xFrameOptions: "DENY",
    // Under "no-referrer" browsers post our own forms with "Origin: null", which the CSRF check
    // must refuse; "same-origin" still tells other sites nothing.
    referrerPolicy: "same-origin",
  });
  const policy: MiddlewareHandler = async (c, next) => {
    await next();
    if (isHttps(c, options.trustedProxies)) c.header("Strict-Transport-Security", HSTS);
    const kind = routeKind(c.req.path);
    // Open data is meant to be fetched from other sites.
    if (kind === "api" || kind === "feed") c.header("Cross-Origin-Resource-Policy", "cross-origin");
    if (c.res.headers.get("content-type")?.startsWith("text/html")) c.header("Cache-Control", htmlCaching(c));
  };
  return [secure, policy];
}

function isHttps(c: Context, trustedProxies: number): boolean {
  if (new URL(c.req.url).protocol === "https:") return true;
  return trustedProxies > 0 && c.req.header("x-forwarded-proto")?.split(",").pop()?.trim() === "https";
}
