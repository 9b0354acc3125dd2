import { stringify } from "csv-stringify/sync";
import type { Lang } from "../../platform/i18n/translate.js";
import type { FeedEntry } from "./feed-search.js";
import { feedWords } from "./feed-text.js";

/** The columns of every export of a search, CSV and Excel alike. */
export const exportHeaders = {
  nl: [
    "type",
    "titel",
    "code",
    "status",
    "programma",
    "volgende deadline",
    "alle deadlines",
    "opent op",
    "thema's",
    "begunstigden",
    "start",
    "einde",
    "plaats",
    "link",
  ],
  en: [
    "type",
    "title",
    "code",
    "status",
    "programme",
    "next deadline",
    "all deadlines",
    "opens on",
    "themes",
    "beneficiaries",
    "start",
    "end",
    "place",
    "link",
  ],
} as const;

/**
 * A whole search as a spreadsheet, written as the results come, a batch at a time: RFC 4180
 * CSV in UTF-8 with a byte order mark (so Excel reads accents right). Cells that a
 * spreadsheet would run as a formula are neutralised.
 */
export async function* csvChunks(batches: AsyncIterable<FeedEntry[]>, lang: Lang): AsyncGenerator<string> {
  // The head goes with the first batch, so the first chunk has run the search.
  let head = csvHead(lang);
  for await (const entries of batches) {
    yield head + csvRows(entries, lang);
    head = "";
  }
  if (head) yield head;
}

const options = { record_delimiter: "\r\n", quoted_match: /[\s\S]*\n[\s\S]*/ } as const;

function csvHead(lang: Lang): string {
  return stringify([exportHeaders[lang] as readonly string[] as string[]], { ...options, bom: true });
}

function csvRows(entries: FeedEntry[], lang: Lang): string {
  return stringify(
    entries.map((entry) => rowOf(entry, lang).map(neutralise)),
    options,
  );
}

/** One result as the cells of an export row, in the order of exportHeaders. */
export function rowOf(entry: FeedEntry, lang: Lang): string[] {
  const call = entry.call;
  const event = entry.event;
  const name = (n: { nameNl: string; nameEn: string }) => (lang === "en" ? n.nameEn : n.nameNl);
  const deadline = (d: { date: string; time: string | null; label: string | null }) =>
    `${d.date}${d.time ? ` ${d.time}` : ""}${d.label ? ` (${d.label})` : ""}`;
  return [
    entry.kind,
    entry.title,
    call?.code ?? "",
    call ? feedWords[lang].status[call.status] : "",
    (lang === "en" ? call?.programme?.nameEn : null) ?? call?.programme?.name ?? "",
    call?.nextDeadline ? deadline(call.nextDeadline) : "",
    call ? call.deadlines.map(deadline).join("; ") : "",
    call?.opensOn ?? "",
    call ? call.themes.map(name).join("; ") : "",
    call ? call.beneficiaryTypes.map(name).join("; ") : "",
    event?.startsAt ?? "",
    event?.endsAt ?? "",
    event ? (event.isOnline ? feedWords[lang].online : (event.location ?? "")) : "",
    entry.url,
  ];
}

/** OWASP's advice for CSV injection: a leading apostrophe keeps = + - @ (and tab, CR) as text. */
export function neutralise(cell: string): string {
  return /^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell;
}
