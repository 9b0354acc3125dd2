import type { Alternative } from "./query-compiler.js";

/**
 * What the shared scorer reads of a document, held in memory instead of read from the
 * database for every search: each field's index tokens as numbers (a token's number is the
 * order in which this process first met it), a few bytes each. The stored texts are tokens
 * joined by single spaces, so counting a token, a prefix or a phrase among numbers finds what
 * finding it in the text finds, and where a token stands in the text follows from the
 * lengths of the tokens before it.
 */
export const FIELD_NAMES = ["title", "code", "intro", "body", "parts"] as const;

export type FieldName = (typeof FIELD_NAMES)[number];

/** A document's index tokens per field, each field its tokens joined by single spaces, as stored. */
export type FieldTexts = Record<FieldName, string>;

/** Numbers for tokens, one table per process: a token keeps its number for the life of the process. */
export class TokenNumbers {
  readonly #numbers = new Map<string, number>();
  readonly #tokens: string[] = [];

  numberOf(token: string): number {
    let number = this.#numbers.get(token);
    if (number === undefined) {
      number = this.#tokens.length;
      this.#numbers.set(token, number);
      this.#tokens.push(token);
    }
    return number;
  }

  /** The number of a token met before (undefined: no document read so far has it). */
  known(token: string): number | undefined {
    return this.#numbers.get(token);
  }

  tokenOf(number: number): string {
    return this.#tokens[number] as string;
  }
}

/**
 * The fields of one document: per field its number of tokens, then its tokens' numbers, each
 * as a variable-length integer (seven bits a byte), the fields in FIELD_NAMES order.
 */
export type ScoredFields = Uint8Array;

export function encodeFields(texts: FieldTexts, numbers: TokenNumbers): ScoredFields {
  const out: number[] = [];
  for (const name of FIELD_NAMES) {
    const text = texts[name];
    // An empty text has no tokens (splitting it would give one empty token).
    const tokens = text === "" ? [] : text.split(" ");
    pushNumber(out, tokens.length);
    for (const token of tokens) pushNumber(out, numbers.numberOf(token));
  }
  return Uint8Array.from(out);
}

function pushNumber(out: number[], value: number): void {
  let rest = value;
  while (rest >= 0x80) {
    out.push((rest & 0x7f) | 0x80);
    rest >>>= 7;
  }
  out.push(rest);
}

/** A document's fields decoded into scratch space: the tokens of every field in a row, and where each field starts. */
export class DecodedFields {
  tokens = new Int32Array(1024);
  readonly starts = new Int32Array(FIELD_NAMES.length + 1);

  decode(fields: ScoredFields): this {
    let at = 0;
    let count = 0;
    const read = () => {
      let value = 0;
      let shift = 0;
      for (;;) {
        const byte = fields[at++] as number;
        value += (byte & 0x7f) * 2 ** shift;
        if (byte < 0x80) return value;
        shift += 7;
      }
    };
    for (let f = 0; f < FIELD_NAMES.length; f++) {
      const length = read();
      this.starts[f] = count;
      if (this.tokens.length < count + length) {
        const grown = new Int32Array(Math.max(this.tokens.length * 2, count + length));
        grown.set(this.tokens.subarray(0, count));
        this.tokens = grown;
      }
      for (let i = 0; i < length; i++) this.tokens[count++] = read();
    }
    this.starts[FIELD_NAMES.length] = count;
    return this;
  }

  /** Number of tokens of field f (its index in FIELD_NAMES). */
  length(f: number): number {
    return (this.starts[f + 1] as number) - (this.starts[f] as number);
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
  /** A prefix: the text the last part starts with. */
  prefix?: string;
}

export function needleOf(alternative: Alternative, numbers: TokenNumbers): Needle {
  // A token with a space in it is found in a stored text as the tokens it is made of (text.indexOf did).
  const split = (tokens: string[]) => tokens.flatMap((token) => token.split(" "));
  if (alternative.kind === "prefix") {
    const parts = alternative.token.split(" ");
    const prefix = parts.pop() as string;
    return { kind: "prefix", parts: parts.map((t) => numbers.known(t) ?? -1), prefix };
  }
  if (alternative.kind === "near") return { kind: "near", parts: alternative.tokens.map((t) => numbers.known(t) ?? -1) };
  const tokens = alternative.kind === "term" ? split([alternative.token]) : split(alternative.tokens);
  return { kind: alternative.kind, parts: tokens.map((t) => numbers.known(t) ?? -1) };
}

/** How far apart words may stand to count as near each other: about four tokens, in characters of the stored text. */
const NEAR_CHARACTERS = 40;
/** What the words count for where the text has them all, but apart. */
const APART = 0.25;

/**
 * Occurrences of a token, of tokens starting with a prefix, or of a phrase in field f; for
 * words near each other, the places where they all stand within a few tokens of each other,
 * and a little for each time they occur apart ("climate change adaptation" is near "climate
 * adaptation").
 */
export function occurrences(fields: DecodedFields, f: number, needle: Needle, numbers: TokenNumbers): number {
  const { tokens } = fields;
  const from = fields.starts[f] as number;
  const to = fields.starts[f + 1] as number;
  if (needle.kind === "near") return nearOccurrences(tokens, from, to, needle.parts, numbers);
  const { parts, prefix } = needle;
  if (parts.includes(-1)) return 0;
  const span = parts.length + (prefix === undefined ? 0 : 1);
  let n = 0;
  for (let at = from; at + span <= to; at++) {
    let i = 0;
    while (i < parts.length && tokens[at + i] === parts[i]) i++;
    if (i < parts.length) continue;
    if (prefix !== undefined && !numbers.tokenOf(tokens[at + i] as number).startsWith(prefix)) continue;
    n++;
  }
  return n;
}

function nearOccurrences(tokens: Int32Array, from: number, to: number, parts: number[], numbers: TokenNumbers): number {
  if (parts.includes(-1)) return 0;
  // Where each word stands, in characters of the stored text: the tokens before it and a space after each.
  const starts: number[][] = parts.map(() => []);
  let offset = 0;
  for (let at = from; at < to; at++) {
    const token = tokens[at] as number;
    for (let p = 0; p < parts.length; p++) if (parts[p] === token) starts[p]?.push(offset);
    offset += numbers.tokenOf(token).length + 1;
  }
  const [first = [], ...others] = starts;
  if (first.length === 0 || others.some((list) => list.length === 0)) return 0;
  let near = 0;
  for (const at of first) {
    if (others.every((list) => list.some((p) => Math.abs(p - at) <= NEAR_CHARACTERS))) near++;
  }
  return near + APART * Math.min(...starts.map((list) => list.length));
}
