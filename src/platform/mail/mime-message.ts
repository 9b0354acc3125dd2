import type MimeNode from "nodemailer/lib/mime-node";
import type { MailMessage } from "./mailer.js";
import { quotedPrintable } from "./quoted-printable.js";

/** A mail as the bytes that go to the server, and the envelope they go in. */
export interface MimeMessage {
  raw: Buffer;
  envelope: { from: string; to: string[] };
  messageId: string;
}

const part = (type: string) => `Content-Type: ${type}; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n`;
const TEXT_PART = part("text/plain");
const HTML_PART = part("text/html");

/**
 * The mail as multipart/alternative, its text part first: nodemailer's MimeNode writes the
 * headers (addresses, encoded words, folding, Date, Message-ID, the boundary) and each part is
 * quoted-printable in one pass, so the whole message is one buffer handed to the transport as
 * it is, instead of nodemailer composing it again through its streams.
 */
export function mimeMessage(Node: typeof MimeNode, from: string, message: MailMessage): MimeMessage {
  const root = new Node("multipart/alternative");
  root.setHeader({
    ...message.headers,
    From: from,
    To: message.to,
    Subject: message.subject,
    ...(message.messageId ? { "Message-ID": message.messageId } : {}),
  });
  const head = root.buildHeaders();
  const boundary = `--${root.boundary as string}`;
  const raw = Buffer.concat([
    Buffer.from(`${head}\r\n\r\n${boundary}\r\n${TEXT_PART}`),
    quotedPrintable(message.text),
    Buffer.from(`\r\n${boundary}\r\n${HTML_PART}`),
    quotedPrintable(message.html),
    Buffer.from(`\r\n${boundary}--\r\n`),
  ]);
  const envelope = root.getEnvelope();
  return { raw, envelope: { from: envelope.from || from, to: envelope.to }, messageId: root.messageId() };
}
