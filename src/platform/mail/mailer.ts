import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { Transporter } from "nodemailer";
import type MimeNode from "nodemailer/lib/mime-node";
import type { Config } from "../../config.js";
import { mimeMessage } from "./mime-message.js";

/** One e-mail as the site sends it: both parts, already in the recipient's language. */
export interface MailMessage {
  to: string;
  subject: string;
  html: string;
  text: string;
  headers?: Record<string, string>;
  /** A Message-ID of our own (`<…@host>`), so a mail sent again is recognisably the same mail. */
  messageId?: string;
}

/** What the server said when it accepted a mail: accepted is all anyone can know. */
export interface AcceptedMail {
  messageId: string;
  response: string;
}

export interface Mailer {
  /** The host our Message-IDs name: BASE_URL's. */
  domain: string;
  /** How many mails it sends at once: the SMTP pool's connections. */
  parallel: number;
  send(message: MailMessage): Promise<AcceptedMail>;
  /** Closes the pooled connections. */
  close(): void;
}

/**
 * SMTP when SMTP_URL is set, over a pool of SMTP_POOL_SIZE connections kept open between
 * mails; otherwise every mail becomes an .eml file under DATA_DIR/mail, so the embedded guide
 * needs no mail server and a developer opens the confirmation link from the file.
 */
export function createMailer(
  config: Pick<Config, "SMTP_URL" | "MAIL_FROM" | "DATA_DIR"> & Partial<Pick<Config, "SMTP_POOL_SIZE" | "BASE_URL">>,
): Mailer {
  const domain = config.BASE_URL ? new URL(config.BASE_URL).hostname : "localhost";
  const poolSize = config.SMTP_POOL_SIZE ?? 5;
  if (config.SMTP_URL) {
    const transport = lazyTransport((nodemailer) =>
      nodemailer.createTransport({
        url: config.SMTP_URL,
        pool: true,
        maxConnections: poolSize,
        // A connection stays open for as long as there is mail, rather than 100 mails.
        maxMessages: Number.POSITIVE_INFINITY,
        // A server that does not answer is retried later rather than waited for.
        connectionTimeout: 15_000,
        greetingTimeout: 15_000,
        socketTimeout: 60_000,
      }),
    );
    return {
      domain,
      parallel: poolSize,
      send: async (message) => {
        const { mime, info } = await transport.send(config.MAIL_FROM, message);
        return { messageId: mime.messageId, response: info.response };
      },
      close: transport.close,
    };
  }
  const folder = join(config.DATA_DIR, "mail");
  const transport = lazyTransport((nodemailer) =>
    nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "unix" }),
  );
  return {
    domain,
    parallel: 1,
    send: async (message) => {
      const { mime, info } = await transport.send(config.MAIL_FROM, message);
      await mkdir(folder, { recursive: true });
      const stamp = new Date().toISOString().replace(/[:.]/g, "-");
      const file = join(folder, `${stamp}-${mime.messageId.replace(/[^\w.-]/g, "")}.eml`);
      await writeFile(file, info.message as Buffer);
      return { messageId: mime.messageId, response: `written to ${file}` };
    },
    close: transport.close,
  };
}

/**
 * nodemailer loads with the first mail: most processes that start (a web process, a command)
 * send none. A mail is composed once (mimeMessage) and the transport sends those bytes as they are.
 */
function lazyTransport<T>(make: (nodemailer: typeof import("nodemailer")["default"]) => Transporter<T>) {
  let loaded: Promise<{ transport: Transporter<T>; Node: typeof MimeNode }> | undefined;
  return {
    send: async (from: string, message: MailMessage) => {
      loaded ??= Promise.all([import("nodemailer"), import("nodemailer/lib/mime-node")]).then(([nodemailer, node]) => ({
        transport: make(nodemailer.default),
        Node: node.default,
      }));
      const { transport, Node } = await loaded;
      const mime = mimeMessage(Node, from, message);
      const info = await transport.sendMail({ envelope: mime.envelope, raw: mime.raw });
      return { mime, info };
    },
    close: () => {
      loaded?.then(({ transport }) => transport.close());
    },
  };
}
