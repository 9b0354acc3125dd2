import { getConnInfo } from "@hono/node-server/conninfo";
import type { Context } from "hono";

/**
 * The visitor's address. Behind `trustedProxies` proxies, each of which appends the address
 * it received from to X-Forwarded-For, the client is that many entries from the end; any
 * entry further left was written by the client itself and proves nothing. Without trusted
 * proxies the header is ignored: anyone can send it.
 */
export function clientAddress(c: Context, trustedProxies: number): string {
  const socket = socketAddress(c);
  if (trustedProxies === 0) return socket;
  const forwarded = (c.req.header("x-forwarded-for") ?? "")
    .split(",")
    .map((part) => part.trim())
    .filter(Boolean);
  return forwarded[forwarded.length - trustedProxies] ?? forwarded[0] ?? socket;
}

function socketAddress(c: Context): string {
  try {
    return getConnInfo(c).remote.address ?? "unknown";
  } catch {
    // app.request() in tests has no socket: those requests share one bucket.
    return "unknown";
  }
}
