import { type Paths, pathsFor } from "../../platform/http/paths.js";

type Kind = "call" | "programme" | "event" | "theme" | "beneficiary" | "article";

/** The public pages of one record, in both languages, as absolute URLs. */
export function siteLinks(baseUrl: string, kind: Kind, slug: string): { nl: string; en: string } {
  const page = (paths: Paths) => `${baseUrl}${paths[kind](slug)}`;
  return { nl: page(pathsFor("nl")), en: page(pathsFor("en")) };
}
