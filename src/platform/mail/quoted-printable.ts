/**
 * Quoted-printable (RFC 2045 §6.7) for a text part, in one pass over its UTF-8 bytes into one
 * buffer: line breaks become CRLF, lines are at most 76 characters with soft breaks, and a dot
 * that would start a line is written as =2E so the message needs no dot-stuffing on its way
 * through SMTP. nodemailer's encoder builds the same text through streams and a regular
 * expression per line, which was most of the sender's time for a 34 KB digest.
 */

const MAX_LINE = 76;
const HEX = Buffer.from("0123456789ABCDEF", "latin1");
const CR = 0x0d;
const LF = 0x0a;
const SPACE = 0x20;
const TAB = 0x09;
const EQUALS = 0x3d;
const DOT = 0x2e;

/** How each byte is written: as it is, as =XX, as a line break, or as it is unless it ends a line. */
const LITERAL = 1;
const ENCODED = 0;
const BREAK = 2;
const BLANK = 3;
const KIND = new Uint8Array(256);
for (let byte = 0x21; byte <= 0x7e; byte++) KIND[byte] = byte === EQUALS ? ENCODED : LITERAL;
KIND[SPACE] = BLANK;
KIND[TAB] = BLANK;
KIND[CR] = BREAK;
KIND[LF] = BREAK;

export function quotedPrintable(text: string): Buffer {
  const input = Buffer.from(text, "utf8");
  const length = input.length;
  // At most three characters a byte, and a soft break (=CRLF) after at least 73 of them.
  const out = Buffer.allocUnsafe(length * 4 + 3);
  let pos = 0;
  let line = 0;
  const endsLine = (i: number) => i + 1 >= length || KIND[input[i + 1] as number] === BREAK;
  for (let i = 0; i < length; i++) {
    const byte = input[i] as number;
    const kind = KIND[byte];
    if (kind === BREAK) {
      // CRLF, a lone LF or a lone CR: one hard line break.
      if (byte === CR && input[i + 1] === LF) i++;
      out[pos++] = CR;
      out[pos++] = LF;
      line = 0;
      continue;
    }
    let literal = kind === LITERAL || (kind === BLANK && !endsLine(i));
    const width = literal ? 1 : 3;
    // The 76th column only for the last character of a line: a soft break needs room for its "=".
    if (line + width >= MAX_LINE && (line + width > MAX_LINE || !endsLine(i))) {
      out[pos++] = EQUALS;
      out[pos++] = CR;
      out[pos++] = LF;
      line = 0;
    }
    if (byte === DOT && line === 0) literal = false;
    if (literal) {
      out[pos++] = byte;
      line += 1;
    } else {
      out[pos++] = EQUALS;
      out[pos++] = HEX[byte >> 4] as number;
      out[pos++] = HEX[byte & 15] as number;
      line += 3;
    }
  }
  return out.subarray(0, pos);
}
