import type { Context } from "hono";

/** Last-Modified from the newest of the records an answer is made of (ETag is the body's hash). */
export function setLastModified(c: Context, instants: (string | null | undefined)[]): void {
  const newest = instants.reduce<string | undefined>((max, at) => (at && (!max || at > max) ? at : max), undefined);
  if (newest) c.header("Last-Modified", new Date(newest).toUTCString());
}
