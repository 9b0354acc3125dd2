import type { Alternative } from "./query-compiler.js";

/**
 * What the shared scorer reads of a document: each field's index tokens as numbers, a few
 * bytes each. The indexer stores them so (a column of search_documents); a token's number is
 * its search_terms row's, the same in every process, which reads the numbers' tokens from the
 * vocabulary it loads. The stored texts are tokens joined by single spaces, so counting a
 * token, a prefix or a phrase among numbers finds what finding it in the text finds, and
 * where a token stands in the text follows from the lengths of the tokens before it.
 */
export const FIELD_NAMES = ["title", "code", "intro", "body", "parts"] as const;

export type FieldName = (typeof FIELD_NAMES)[number];

/** A document's index tokens per field, each field its tokens joined by single spaces, as stored. */
export type FieldTexts = Record<FieldName, string>;

/** Tokens and their numbers, as the vocabulary holds them. */
export interface NumberedTokens {
  /** undefined: the vocabulary has no such token, so no document it describes has it. */
  numberOf(token: string): number | undefined;
  /** undefined: a number this vocabulary does not know yet (a document written after it was read). */
  tokenOf(number: number): string | undefined;
}

/**
 * The fields of one document: per field its number of tokens and its number of bytes, then
 * every field's tokens' numbers, each as a variable-length integer (seven bits a byte, the
 * last byte of a number under 0x80), the fields in FIELD_NAMES order. A number ends where its
 * last byte is, so the bytes of a token or phrase found where a token starts are that token
 * or phrase: Buffer.indexOf finds them without decoding the field.
 */
export type ScoredFields = Buffer;

/** The fields as the indexer stores them; numberOf gives every token of the texts its number. */
export function encodeFields(texts: FieldTexts, numberOf: (token: string) => number): ScoredFields {
  const header: number[] = [];
  const body: number[] = [];
  for (const name of FIELD_NAMES) {
    const text = texts[name];
    // An empty text has no tokens (splitting it would give one empty token).
    const tokens = text === "" ? [] : text.split(" ");
    const from = body.length;
    for (const token of tokens) pushNumber(body, numberOf(token));
    pushNumber(header, tokens.length);
    pushNumber(header, body.length - from);
  }
  return Buffer.from([...header, ...body]);
}

/** The fields of a document with no tokens. */
export const NO_FIELDS: ScoredFields = encodeFields({ title: "", code: "", intro: "", body: "", parts: "" }, () => 0);

function pushNumber(out: number[], value: number): void {
  let rest = value;
  while (rest >= 0x80) {
    out.push((rest & 0x7f) | 0x80);
    rest >>>= 7;
  }
  out.push(rest);
}

/** Reads one document's fields at a time: where each field's bytes are, and its tokens decoded when a needle needs them. */
export class FieldsReader {
  bytes: Buffer = Buffer.alloc(0);
  readonly #lengths = new Int32Array(FIELD_NAMES.length);
  readonly #starts = new Int32Array(FIELD_NAMES.length + 1);
  /** Per field, where its decoded tokens begin in `tokens` (-1: not decoded yet). */
  readonly #decodedAt = new Int32Array(FIELD_NAMES.length);
  #decodedEnd = 0;
  tokens = new Int32Array(4096);

  read(fields: ScoredFields): this {
    this.bytes = fields;
    this.#decodedAt.fill(-1);
    this.#decodedEnd = 0;
    let at = 0;
    let bytes = 0;
    for (let f = 0; f < FIELD_NAMES.length; f++) {
      at = this.#number(at);
      this.#lengths[f] = this.#value;
      at = this.#number(at);
      this.#starts[f] = bytes;
      bytes += this.#value;
    }
    // The fields' bytes follow the header.
    for (let f = 0; f < FIELD_NAMES.length; f++) this.#starts[f] = (this.#starts[f] as number) + at;
    this.#starts[FIELD_NAMES.length] = bytes + at;
    return this;
  }

  /** Number of tokens of field f (its index in FIELD_NAMES). */
  length(f: number): number {
    return this.#lengths[f] as number;
  }

  start(f: number): number {
    return this.#starts[f] as number;
  }

  end(f: number): number {
    return this.#starts[f + 1] as number;
  }

  /** Where field f's token numbers begin in `tokens`, decoded the first time they are asked for. */
  decoded(f: number): number {
    const kept = this.#decodedAt[f] as number;
    if (kept >= 0) return kept;
    const from = this.#decodedEnd;
    const length = this.length(f);
    if (this.tokens.length < from + length) {
      const grown = new Int32Array(Math.max(from + length, this.tokens.length * 2));
      grown.set(this.tokens.subarray(0, from));
      this.tokens = grown;
    }
    let at = this.start(f);
    for (let i = 0; i < length; i++) {
      at = this.#number(at);
      this.tokens[from + i] = this.#value;
    }
    this.#decodedAt[f] = from;
    this.#decodedEnd = from + length;
    return from;
  }

  #value = 0;

  /** Reads the number at a byte into #value; returns the byte after it. */
  #number(from: number): number {
    const bytes = this.bytes;
    let value = 0;
    let scale = 1;
    let at = from;
    for (;;) {
      const byte = bytes[at++] as number;
      value += (byte & 0x7f) * scale;
      if (byte < 0x80) break;
      scale *= 0x80;
    }
    this.#value = value;
    return at;
  }
}

/**
 * A query alternative in token numbers, made once per search: what occurrences() counts in
 * every scored document.
 */
export interface Needle {
  kind: Alternative["kind"];
  /** Per part (a token or a phrase's tokens; near: the tokens to find near each other), its numbers (-1: no document has it). */
  parts: number[];
  /** A token or phrase: its parts as the fields hold them. */
  bytes?: Buffer;
  /** A prefix: the text the last part starts with. */
  prefix?: string;
  /** A prefix: which tokens, by number, start with it (filled as the search meets them). */
  starts?: Map<number, boolean>;
}

export function needleOf(alternative: Alternative, numbers: NumberedTokens): Needle {
  // A token with a space in it is found in a stored text as the tokens it is made of (text.indexOf did).
  const split = (tokens: string[]) => tokens.flatMap((token) => token.split(" "));
  if (alternative.kind === "prefix") {
    const parts = alternative.token.split(" ");
    const prefix = parts.pop() as string;
    return { kind: "prefix", parts: parts.map((t) => numbers.numberOf(t) ?? -1), prefix, starts: new Map() };
  }
  if (alternative.kind === "near") return { kind: "near", parts: alternative.tokens.map((t) => numbers.numberOf(t) ?? -1) };
  const tokens = alternative.kind === "term" ? split([alternative.token]) : split(alternative.tokens);
  const parts = tokens.map((t) => numbers.numberOf(t) ?? -1);
  const bytes: number[] = [];
  for (const part of parts) pushNumber(bytes, Math.max(part, 0));
  return { kind: alternative.kind, parts, bytes: Buffer.from(bytes) };
}

/** How far apart words may stand to count as near each other: about four tokens, in characters of the stored text. */
const NEAR_CHARACTERS = 40;
/** What the words count for where the text has them all, but apart. */
const APART = 0.25;

/**
 * Occurrences of a token, of tokens starting with a prefix, or of a phrase in field f (a
 * phrase's occurrences may overlap); for words near each other, the places where they all
 * stand within a few tokens of each other, and a little for each time they occur apart
 * ("climate change adaptation" is near "climate adaptation").
 */
export function occurrences(fields: FieldsReader, f: number, needle: Needle, numbers: NumberedTokens): number {
  if (needle.parts.includes(-1)) return 0;
  if (needle.kind === "near") return nearOccurrences(fields, f, needle.parts, numbers);
  if (needle.prefix !== undefined) return prefixOccurrences(fields, f, needle, numbers);
  const { bytes } = fields;
  const needleBytes = needle.bytes as Buffer;
  const start = fields.start(f);
  const end = fields.end(f) - needleBytes.length;
  let n = 0;
  for (let at = bytes.indexOf(needleBytes, start); at >= 0 && at <= end; at = bytes.indexOf(needleBytes, at + 1)) {
    // Found where a token starts: at the field's start, or after the last byte of a number.
    if (at === start || (bytes[at - 1] as number) < 0x80) n++;
  }
  return n;
}

function prefixOccurrences(fields: FieldsReader, f: number, needle: Needle, numbers: NumberedTokens): number {
  const from = fields.decoded(f);
  const to = from + fields.length(f);
  const { tokens } = fields;
  const { parts } = needle;
  let n = 0;
  for (let at = from; at + parts.length < to; at++) {
    let i = 0;
    while (i < parts.length && tokens[at + i] === parts[i]) i++;
    if (i === parts.length && startsWithPrefix(needle, tokens[at + i] as number, numbers)) n++;
  }
  return n;
}

/** Whether the token with this number starts with the needle's prefix, remembered per number for the search. */
function startsWithPrefix(needle: Needle, number: number, numbers: NumberedTokens): boolean {
  const remembered = needle.starts as Map<number, boolean>;
  const known = remembered.get(number);
  if (known !== undefined) return known;
  const starts = numbers.tokenOf(number)?.startsWith(needle.prefix as string) ?? false;
  remembered.set(number, starts);
  return starts;
}

function nearOccurrences(fields: FieldsReader, f: number, parts: number[], numbers: NumberedTokens): number {
  const from = fields.decoded(f);
  const to = from + fields.length(f);
  const { tokens } = fields;
  // Where each word stands, in characters of the stored text: the tokens before it and a space after each.
  const starts: number[][] = parts.map(() => []);
  let offset = 0;
  for (let at = from; at < to; at++) {
    const token = tokens[at] as number;
    for (let p = 0; p < parts.length; p++) if (parts[p] === token) starts[p]?.push(offset);
    offset += (numbers.tokenOf(token)?.length ?? 0) + 1;
  }
  const [first = [], ...others] = starts;
  if (first.length === 0 || others.some((list) => list.length === 0)) return 0;
  let near = 0;
  for (const at of first) {
    if (others.every((list) => list.some((p) => Math.abs(p - at) <= NEAR_CHARACTERS))) near++;
  }
  return near + APART * Math.min(...starts.map((list) => list.length));
}
