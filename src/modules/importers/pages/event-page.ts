import { brusselsInstant, startOfBrusselsDay } from "../../../platform/time/brussels.js";
import { callInput } from "../../calls/call.input.js";
import { eventInput } from "../../events/event.input.js";
import type { ImportItem } from "../import-batch.js";
import { cofinancingShares } from "./cofinancing-shares.js";
import { personLine, webUrl } from "./contact-lines.js";
import { dutchDate, dutchTimeRange } from "./dutch-dates.js";
import { PageError } from "./page-error.js";
import type { PageLine } from "./page-lines.js";
import { toMarkdown } from "./page-markdown.js";
import { origin, type PageFile, type PageRecords, validated } from "./page-records.js";
import { slugOf } from "./page-slug.js";

const numericDate = /^\d{1,2}[/-]\d{1,2}[/-]\d{4}$/;

/** An event page has its date on a line of its own ("03/09/2020"). */
export const isEventDateLine = (line: PageLine) =>
  line.depth === null && numericDate.test(line.text) && dutchDate(line.text) !== null;

/**
 * An event page: title, summary, date, time, place ("online"), the title again, the text,
 * then labelled lines (organiser, contact person, link, "gepubliceerd op ... door ...").
 * An info session about a numbered call also yields that call, as a draft an editor
 * completes, with the co-financing split the page gives.
 */
export function eventPage(page: PageFile, title: PageLine, body: readonly PageLine[]): PageRecords {
  const at = body.findIndex(isEventDateLine);
  const dateLine = body[at];
  if (!dateLine) throw new PageError(title.no, "an event page needs its date on a line of its own (03/09/2020)");
  const date = dutchDate(dateLine.text) as string;
  const rest = body.slice(at + 1).filter((l) => l.text !== "");
  const times = rest[0] ? dutchTimeRange(rest[0].text) : null;
  if (times) rest.shift();
  const place =
    rest[0] && rest[0].text !== title.text && rest[0].text.length <= 100 && !/[.:]$/.test(rest[0].text)
      ? rest.shift()
      : undefined;
  if (rest[0]?.text === title.text) rest.shift();

  const event: Record<string, unknown> = {};
  const text: PageLine[] = [];
  const warnings: PageRecords["warnings"] = [];
  for (const line of rest) {
    const [, label = "", value = ""] = /^(Een initiatief van|Contactpersoon):\s*(.+)$/i.exec(line.text) ?? [];
    const published = /^Dit event werd gepubliceerd op (\S+) door (.+)$/i.exec(line.text);
    if (/^een initiatief van$/i.test(label)) event.organiser = value;
    else if (label) {
      const person = personLine(value);
      Object.assign(event, { contactName: person?.name ?? null, contactEmail: person?.email ?? null });
    } else if (published) {
      const day = dutchDate(published[1] ?? "");
      if (!day) throw new PageError(line.no, `"${published[1]}" is not a date`);
      Object.assign(event, { publishedAt: startOfBrusselsDay(day), publishedBy: published[2] });
    } else if (/weblink|inschrijven|registreer/i.test(line.text) && line.text.length <= 80) {
      const url = webUrl(line.text.split(/\s+/).at(-1) ?? "");
      if (url) event.registrationUrl = url;
      else
        warnings.push({ origin: origin(page, line.no), reason: `"${line.text}" is a link whose web address is not in the page` });
    } else text.push(line);
  }

  const call = namedCall(page, title, body.slice(0, at), text);
  const input = validated(
    eventInput,
    {
      ...event,
      slug: slugOf(`${title.text} ${date}`),
      title: title.text,
      summary: toMarkdown(body.slice(0, at)),
      body: toMarkdown(text),
      startsAt: brusselsInstant(date, times?.start ?? "00:00"),
      endsAt: times?.end ? brusselsInstant(date, times.end) : null,
      isOnline: place?.text.toLowerCase() === "online",
      location: place && place.text.toLowerCase() !== "online" ? place.text : null,
      calls: call ? [call.input.slug] : [],
      source: "pages",
      externalId: `${page.stem}#event`,
    },
    title.no,
  );
  const items: ImportItem[] = [{ kind: "event", origin: origin(page, title.no), input }];
  if (call) {
    items.unshift(call);
    warnings.push({
      origin: call.origin,
      reason: `call "${call.input.title}" was made from this event page as a draft; complete and publish it`,
    });
  }
  return { items, warnings };
}

/** "Infosessie ESF-oproep 507: Proeftuinen ..." is about call "Oproep 507". */
function namedCall(page: PageFile, title: PageLine, summary: readonly PageLine[], text: readonly PageLine[]) {
  const match = /^(?:infosessie|infomoment|infodag|webinar)\s+(.*\boproep\s+(\d+)\b.*)$/i.exec(title.text);
  if (!match) return null;
  const [, callTitle = "", number = ""] = match;
  const split = text.find((l) => cofinancingShares(l.text).length > 0);
  const input = validated(
    callInput,
    {
      slug: slugOf(callTitle),
      title: callTitle,
      code: `Oproep ${number}`,
      introduction: toMarkdown(summary),
      cofinancingShares: split ? cofinancingShares(split.text) : [],
      cofinancingNote: split?.text ?? null,
      state: "draft",
      source: "pages",
      externalId: `${page.stem}#call`,
    },
    title.no,
  );
  return { kind: "call" as const, origin: origin(page, title.no), ifMissing: true, input };
}
