import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import nodemailer from "nodemailer";
import type { Config } from "../../config.js";

/** One e-mail as the site sends it: both parts, already in the recipient's language. */
export interface MailMessage {
  to: string;
  subject: string;
  html: string;
  text: string;
  headers?: Record<string, string>;
}

export interface Mailer {
  send(message: MailMessage): Promise<void>;
}

/**
 * SMTP when SMTP_URL is set; otherwise every mail becomes an .eml file under
 * DATA_DIR/mail, so the embedded guide needs no mail server and a developer opens the
 * confirmation link from the file.
 */
export function createMailer(config: Pick<Config, "SMTP_URL" | "MAIL_FROM" | "DATA_DIR">): Mailer {
  if (config.SMTP_URL) {
    const transport = nodemailer.createTransport(config.SMTP_URL);
    return {
      send: async (message) => {
        await transport.sendMail({ from: config.MAIL_FROM, ...message });
      },
    };
  }
  const folder = join(config.DATA_DIR, "mail");
  const transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: "unix" });
  return {
    send: async (message) => {
      const info = await transport.sendMail({ from: config.MAIL_FROM, ...message });
      await mkdir(folder, { recursive: true });
      const stamp = new Date().toISOString().replace(/[:.]/g, "-");
      await writeFile(join(folder, `${stamp}-${info.messageId.replace(/[^\w.-]/g, "")}.eml`), info.message as Buffer);
    },
  };
}
