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

/** 1 for a byte written as it is: printable ASCII except "=", and space and tab (not at a line's end). */
const LITERAL = new Uint8Array(256);
for (let byte = 0x20; byte <= 0x7e; byte++) LITERAL[byte] = byte === EQUALS ? 0 : 1;
LITERAL[TAB] = 1;

export function quotedPrintable(text: string): Buffer {
  const input = Buffer.from(text, "utf8");
  // At most three characters a byte, and a soft break (=CRLF) after at least 73 of them.
  const out = Buffer.allocUnsafe(input.length * 4 + 3);
  let pos = 0;
  let line = 0;
  const softBreak = () => {
    out[pos++] = EQUALS;
    out[pos++] = CR;
    out[pos++] = LF;
    line = 0;
  };
  for (let i = 0; i < input.length; i++) {
    const byte = input[i] as number;
    if (byte === CR || byte === LF) {
      // CRLF, a lone LF or a lone CR: one hard line break.
      if (byte === CR && input[i + 1] === LF) i++;
      out[pos++] = CR;
      out[pos++] = LF;
      line = 0;
      continue;
    }
    const next = input[i + 1];
    const endOfLine = next === undefined || next === CR || next === LF;
    let literal = LITERAL[byte] === 1 && !((byte === SPACE || byte === TAB) && endOfLine);
    // Room is kept for the "=" of a soft break, unless this is the last character of the line.
    if (line + (literal ? 1 : 3) > (endOfLine ? MAX_LINE : MAX_LINE - 1)) softBreak();
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
