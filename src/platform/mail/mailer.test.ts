import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { simpleParser } from "mailparser";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startSmtpInbox } from "../../../test/support/smtp-inbox.js";
import { createMailer, type Mailer, type MailMessage } from "./mailer.js";

const FROM = "Subsidiegids <noreply@subsidiegids.be>";

/** Text that quoted-printable has to take care with, line by line. */
const awkward = [
  "Nieuwe oproepen voor uw thema's: € 25 000 · déjà vu → ok 👍",
  ".a line that starts with a dot, as SMTP's end of data would",
  ".",
  "trailing spaces stay   ",
  "a tab at the end\t",
  "equals = signs == and =3D as they are",
  `https://subsidiegids.be/volgen/${"x".repeat(300)}?sig=${"é".repeat(40)}`,
  "x".repeat(75),
  "y".repeat(76),
  "z".repeat(77),
  `${"é".repeat(30)}.`,
  "",
  "the end",
].join("\n");

const message = (to: string, n: number): MailMessage => ({
  to,
  subject: `Uw overzicht ${n}: déjà 12 nieuwe oproepen · ${"lang ".repeat(20)}`,
  text: awkward,
  html: `<!DOCTYPE html>\n<p>${awkward.replace(/\n/g, "<br>\n")}</p>\n<p style="font-size: 0.9rem;">${'<a href="https://subsidiegids.be/a">link</a> · '.repeat(30)}</p>`,
  headers: {
    "List-Unsubscribe": `<https://subsidiegids.be/afmelden/${"k".repeat(120)}>`,
    "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
  },
  messageId: `<outbox.${n}.0123456789ab@subsidiegids.be>`,
});

describe("a mail as the server receives it", () => {
  let inbox: Awaited<ReturnType<typeof startSmtpInbox>>;
  let mailer: Mailer;
  beforeAll(async () => {
    inbox = await startSmtpInbox();
    mailer = createMailer({ SMTP_URL: inbox.url, SMTP_POOL_SIZE: 2, MAIL_FROM: FROM, DATA_DIR: "" });
  });
  afterAll(async () => {
    mailer.close();
    await inbox.close();
  });

  it("arrives with its subject, both parts, headers and Message-ID exactly as built, whatever the text holds", async () => {
    const sent = message("an@example.be", 1);
    const accepted = await mailer.send(sent);
    expect(accepted.messageId).toBe(sent.messageId);
    expect(accepted.response).toMatch(/^250 /);
    const mail = await inbox.latest("an@example.be");
    expect(mail.subject).toBe(sent.subject);
    expect(mail.text).toBe(sent.text);
    expect(mail.html).toBe(sent.html);
    expect(mail.messageId).toBe(sent.messageId);
    expect(mail.from?.value).toEqual([{ address: "noreply@subsidiegids.be", name: "Subsidiegids" }]);
    expect(mail.headerLines.find((h) => h.key === "list-unsubscribe-post")?.line).toBe(
      "List-Unsubscribe-Post: List-Unsubscribe=One-Click",
    );
    expect(mail.headerLines.find((h) => h.key === "list-unsubscribe")?.line.replace(/\r\n\s+/g, "")).toContain("k".repeat(120));
  });

  it("keeps text with Windows and old Mac line breaks readable, each break one line", async () => {
    const sent = { ...message("crlf@example.be", 2), text: "one\r\ntwo\rthree\n\nfour" };
    await mailer.send(sent);
    expect((await inbox.latest("crlf@example.be")).text).toBe("one\ntwo\nthree\n\nfour");
  });

  it("makes a Message-ID of its own for a mail that brings none", async () => {
    const { messageId: _none, ...sent } = message("new@example.be", 3);
    const accepted = await mailer.send(sent);
    expect(accepted.messageId).toMatch(/^<.+@.+>$/);
    expect((await inbox.latest("new@example.be")).messageId).toBe(accepted.messageId);
  });
});

describe("a mail without an SMTP server", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "subsidiegids-mail-"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("is an .eml file under DATA_DIR/mail that a mail program opens as the same mail", async () => {
    const mailer = createMailer({ MAIL_FROM: FROM, DATA_DIR: dir });
    const sent = message("file@example.be", 4);
    const written = await mailer.send(sent);
    const [file] = readdirSync(join(dir, "mail"));
    expect(written.response).toBe(`written to ${join(dir, "mail", file as string)}`);
    const mail = await simpleParser(readFileSync(join(dir, "mail", file as string)));
    expect(mail.subject).toBe(sent.subject);
    expect(mail.text).toBe(sent.text);
    expect(mail.html).toBe(sent.html);
    expect(mail.messageId).toBe(sent.messageId);
  });
});
