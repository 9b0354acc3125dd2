import { html } from "hono/html";
import type { MessageKey } from "../../platform/i18n/messages.nl.js";
import { type Lang, translator } from "../../platform/i18n/translate.js";
import { mailLayout } from "../../platform/mail/mail-layout.js";
import type { MailMessage } from "../../platform/mail/mailer.js";

/** A mail of the accounts module: a greeting, what happened, one button with its link, a note. */
interface LinkMailTemplate {
  subject: MessageKey;
  body: MessageKey;
  action: MessageKey;
  note: MessageKey;
}

export const accountMails = {
  confirmAddress: {
    subject: "mail.confirm.subject",
    body: "mail.confirm.body",
    action: "mail.confirm.action",
    note: "mail.confirm.note",
  },
  alreadyRegistered: {
    subject: "mail.registered.subject",
    body: "mail.registered.body",
    action: "mail.registered.action",
    note: "mail.registered.note",
  },
  resetPassword: { subject: "mail.reset.subject", body: "mail.reset.body", action: "mail.reset.action", note: "mail.reset.note" },
  loginLink: { subject: "mail.login.subject", body: "mail.login.body", action: "mail.login.action", note: "mail.login.note" },
  confirmNewEmail: {
    subject: "mail.email.subject",
    body: "mail.email.body",
    action: "mail.email.action",
    note: "mail.email.note",
  },
} satisfies Record<string, LinkMailTemplate>;

export type AccountMail = keyof typeof accountMails;

/** The mail in the member's language, as HTML and plain text with the same words and link. */
export async function accountMail(mail: AccountMail, to: string, lang: Lang, link: string): Promise<MailMessage> {
  const t = translator(lang);
  const template = accountMails[mail];
  const subject = t(template.subject);
  const body = t(template.body);
  const note = t(template.note);
  const text = `${t("mail.greeting")}\n\n${body}\n\n${t(template.action)}:\n${link}\n\n${note}\n\n-- \n${t("mail.signature")}\n`;
  const htmlPart = await mailLayout(
    lang,
    subject,
    html`<p>${t("mail.greeting")}</p>
    <p>${body}</p>
    <p><a href="${link}" style="display: inline-block; background: #0b5cad; color: #fff; padding: 0.6rem 1rem; border-radius: 6px; text-decoration: none;">${t(template.action)}</a></p>
    <p style="font-size: 0.9rem;">${t("mail.linkFallback")}<br /><a href="${link}">${link}</a></p>
    <p style="font-size: 0.9rem; color: #515b66;">${note}</p>
    <p style="font-size: 0.9rem; color: #515b66;">${t("mail.signature")}</p>`,
  );
  return { to, subject, text, html: htmlPart };
}
