/**
 * A path on this site taken from a query parameter (?next=, ?terug=), or the fallback:
 * only "/..." without a second slash or backslash, so "//evil.example" and
 * "/\evil.example" (which browsers read as another host) and "https://..." never pass.
 */
export function safeSameSitePath(value: string | null | undefined, fallback: string): string {
  if (!value || value.length > 2000) return fallback;
  if (!value.startsWith("/") || value.startsWith("//") || value.includes("\\")) return fallback;
  // Control characters (tabs and newlines are dropped by URL parsers) could hide a "//".
  for (const ch of value) if (ch.charCodeAt(0) < 0x20 || ch.charCodeAt(0) === 0x7f) return fallback;
  try {
    const url = new URL(value, "http://site.invalid");
    if (url.origin !== "http://site.invalid") return fallback;
    return url.pathname + url.search + url.hash;
  } catch {
    return fallback;
  }
}
