import type { Paths } from "../http/paths.js";
import type { Visitor } from "../http/visitor.js";
import type { Lang, Translate } from "../i18n/translate.js";

/** What every view needs to know about the request it renders for. */
export interface PageContext {
  lang: Lang;
  t: Translate;
  paths: Paths;
  /** Path and query of the current request, for the language switch and canonical links. */
  url: string;
  baseUrl: string;
  now: Date;
  /** Who is asking: the header, forms (CSRF token) and one-time messages read it here. */
  visitor: Visitor;
}
