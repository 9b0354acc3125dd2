import { articlePage } from "./article-page.js";
import { callHeading, callPage } from "./call-page.js";
import { eventPage, isEventDateLine } from "./event-page.js";
import { PageError } from "./page-error.js";
import { pageLines } from "./page-lines.js";
import type { PageFile, PageRecords } from "./page-records.js";

/** Site furniture copied along with the content: banners, navigation, calls to log in. */
const furniture = [
  /^u heeft thema['’]s geselecteerd om te volgen/i,
  /^terug naar overzicht$/i,
  /^naar programma ?pagina$/i,
  /^jouw .*contact voor dit thema$/i,
  /^maak een account aan$/i,
  /^lees meer$/i,
  /^volg ons$/i,
];

/** Something that is a data file, not the title of a page: JSON, markup, a CSV header. */
const notATitle = /^[{[<]|\t|^[^\s,]+(,[^\s,]*){2,}$/;

/**
 * Reads one origin page: a title, then a call (Deadline, Code, ... and its programme),
 * an event (a date line) or an article. Throws PageError naming the line for a file
 * that is no page.
 */
export function readPage(page: PageFile, bytes: Uint8Array): PageRecords {
  const lines = pageLines(bytes).map((l) => (furniture.some((f) => f.test(l.text)) ? { ...l, text: "" } : l));
  const at = lines.findIndex((l) => l.text !== "");
  const title = lines[at];
  if (!title) throw new PageError(1, "the file is empty");
  if (title.depth !== null || callHeading(title) || notATitle.test(title.text) || !/^[\p{L}\p{N}'"‘“]/u.test(title.text)) {
    throw new PageError(title.no, `a page starts with its title, not with "${title.text.slice(0, 60)}"`);
  }
  if (title.text.length > 300) throw new PageError(title.no, "the first line is too long to be the title of a page");
  const body = lines.slice(at + 1);
  const next = body.find((l) => l.text !== "");
  if (!next) throw new PageError(title.no, "the page has a title but nothing under it");
  if (callHeading(next)) return callPage(page, title, body);
  if (body.some(isEventDateLine)) return eventPage(page, title, body);
  return articlePage(page, title, body);
}
