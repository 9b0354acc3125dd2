import { type ParsedMail, simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";

/**
 * A real SMTP server on a free port that keeps what it receives, parsed by mailparser:
 * the app sends through nodemailer exactly as it would to a production server.
 */
export async function startSmtpInbox() {
  const received: ParsedMail[] = [];
  const waiting: (() => void)[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    onData(stream, _session, callback) {
      simpleParser(stream).then(
        (mail) => {
          received.push(mail);
          for (const wake of waiting.splice(0)) wake();
          callback();
        },
        (error: Error) => callback(error),
      );
    },
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.server.address() as { port: number };

  const to = (mail: ParsedMail) => (Array.isArray(mail.to) ? mail.to : mail.to ? [mail.to] : []).flatMap((a) => a.value);
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    /** Every mail sent to this address so far. */
    for(address: string) {
      return received.filter((mail) => to(mail).some((a) => a.address?.toLowerCase() === address.toLowerCase()));
    },
    /** The latest mail to this address, waiting for it to arrive (mails are sent before the answer, but parsed after). */
    async latest(address: string, count = 1): Promise<ParsedMail> {
      const deadline = Date.now() + 5000;
      while (this.for(address).length < count) {
        if (Date.now() > deadline) throw new Error(`no mail ${count} for ${address}; got ${received.length} mails in all`);
        await new Promise<void>((resolve) => {
          waiting.push(resolve);
          setTimeout(resolve, 100);
        });
      }
      return this.for(address).at(-1) as ParsedMail;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The first link into the site in a mail's plain-text part. */
export function linkIn(mail: ParsedMail, base = "http://localhost:3000"): string {
  const match = new RegExp(`${base.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(/[^\\s>"]*)`).exec(mail.text ?? "");
  if (!match?.[1]) throw new Error(`no link in mail "${mail.subject}": ${mail.text}`);
  return match[1];
}
