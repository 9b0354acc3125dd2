import type { ContactInput } from "../../history/entity-input.js";
import { isEmail, isPhone, webUrl } from "./contact-lines.js";
import type { Findings } from "./findings.js";
import type { PageLine } from "./page-lines.js";

interface Group {
  label: string | null;
  line: number;
  lines: PageLine[];
}

/**
 * "Info & contact" of a programme: labelled blocks ("Vlaams contactpunt" and an address,
 * "Contact Europese Commissie: EACEA", "Website fonds"). A block with an organisation
 * becomes a contact point; a web address becomes the programme's website; a label whose
 * link did not survive the copy is kept as free text for an editor to complete.
 */
export function programmeContacts(lines: readonly PageLine[], findings: Findings) {
  const contacts: ContactInput[] = [];
  let website: string | null = null;
  const unplaced: Group[] = [];
  for (const group of groups(lines)) {
    const [first, ...rest] = group.lines.map((l) => l.text);
    const url = first && rest.length === 0 ? webUrl(first) : null;
    if (url) website ??= url;
    else if (first && !/website/i.test(group.label ?? "")) contacts.push(contactPoint(group.label, first, rest));
    else unplaced.push(group);
  }
  const first = unplaced[0];
  if (first) {
    const texts = unplaced.map((g) => [g.label, ...g.lines.map((l) => l.text)].filter(Boolean).join(": "));
    findings.keep(
      first.line,
      "Info & contact",
      texts.join("\n"),
      `${texts.map((t) => `"${t}"`).join(", ")} has no address, e-mail or web address`,
    );
  }
  return { contacts, website };
}

function contactPoint(label: string | null, organisation: string, details: string[]): ContactInput {
  const address = details.filter((d) => !isPhone(d) && !isEmail(d) && !webUrl(d));
  return {
    label,
    name: organisation,
    role: null,
    organisation,
    email: details.find(isEmail) ?? null,
    phone: details.find(isPhone) ?? null,
    address: address.length ? address.join("\n") : null,
    website: details.map(webUrl).find(Boolean) ?? null,
  };
}

/** Blocks open at a list item, at a line ending in ":" and at a "Label: value" line. */
function groups(lines: readonly PageLine[]): Group[] {
  const result: Group[] = [];
  let open: Group | null = null;
  for (const line of lines) {
    if (line.text === "") continue;
    const inline = /^([^:]{2,40}):\s+(.+)$/.exec(line.text);
    if (line.depth !== null || line.text.endsWith(":")) {
      open = { label: line.text.replace(/\s*:$/, ""), line: line.no, lines: [] };
      result.push(open);
    } else if (inline && !webUrl(line.text)) {
      result.push({ label: inline[1] ?? null, line: line.no, lines: [{ ...line, text: inline[2] ?? "" }] });
      open = null;
    } else if (open) {
      open.lines.push(line);
    } else {
      open = { label: null, line: line.no, lines: [line] };
      result.push(open);
    }
  }
  return result;
}
