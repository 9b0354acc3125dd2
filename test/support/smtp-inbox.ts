import { type ParsedMail, simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";

/** How the server answers for now: 421 turns connections away, 451 refuses every mail for now. */
export type Refusal = 421 | 451 | undefined;

const refused = (code: number, message: string) => Object.assign(new Error(message), { responseCode: code });

/**
 * A real SMTP server on a free port that keeps what it receives, parsed by mailparser:
 * the app sends through nodemailer exactly as it would to a production server. `refuse()`
 * makes it turn mail away for a while; addresses in `rejects` are refused for good (550).
 */
export async function startSmtpInbox(
  options: { rejects?: string[] /** Each mail takes this long to accept. */; slowMs?: number } = {},
) {
  const received: ParsedMail[] = [];
  const waiting: (() => void)[] = [];
  // Mails whose data has begun to arrive, accepted or not yet.
  let receiving = 0;
  // While set, every mail waits for it before the server answers.
  let held: Promise<void> | undefined;
  let refusal: Refusal;
  const rejects = new Set((options.rejects ?? []).map((a) => a.toLowerCase()));
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    onConnect(_session, callback) {
      callback(refusal === 421 ? refused(421, "Too busy, try again later") : undefined);
    },
    // Connections already open when the server went busy are turned away at the next mail.
    onMailFrom(_address, _session, callback) {
      callback(refusal === 421 ? refused(421, "Too busy, try again later") : undefined);
    },
    onRcptTo(address, _session, callback) {
      callback(rejects.has(address.address.toLowerCase()) ? refused(550, "No such mailbox") : undefined);
    },
    onData(stream, _session, callback) {
      receiving++;
      if (refusal) {
        stream.on("end", () => callback(refused(451, "Local problem, try again later")));
        stream.resume();
        return;
      }
      simpleParser(stream).then(
        async (mail) => {
          if (options.slowMs) await new Promise((resolve) => setTimeout(resolve, options.slowMs));
          await held;
          received.push(mail);
          for (const wake of waiting.splice(0)) wake();
          callback();
        },
        (error: Error) => callback(error),
      );
    },
  });
  // A client that dies mid-conversation (a killed worker) is no error of the server's.
  server.on("error", () => {});
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.server.address() as { port: number };

  const to = (mail: ParsedMail) => (Array.isArray(mail.to) ? mail.to : mail.to ? [mail.to] : []).flatMap((a) => a.value);
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    /** How many mails the server has begun to receive, answered or not yet. */
    receiving: () => receiving,
    /** Holds the server's answer to every mail until the returned function is called. */
    hold(): () => void {
      let release = () => {};
      held = new Promise<void>((resolve) => {
        release = resolve;
      });
      return () => {
        held = undefined;
        release();
      };
    },
    refuse(code: Refusal) {
      refusal = code;
    },
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
