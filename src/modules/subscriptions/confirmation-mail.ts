import { html } from "hono/html";
import { type Lang, translator } from "../../platform/i18n/translate.js";
import { mailLayout } from "../../platform/mail/mail-layout.js";
import type { MailMessage } from "../../platform/mail/mailer.js";

/** The one mail before confirmation: a link to the page with the confirm button, and the manage link every mail carries. */
export async function confirmationMail(
  to: string,
  lang: Lang,
  name: string,
  links: { confirm: string; manage: string },
): Promise<MailMessage> {
  const t = translator(lang);
  const subject = t("subscribe.mail.subject", { name });
  const body = t("subscribe.mail.body", { name });
  const text = `${t("mail.greeting")}\n\n${body}\n\n${t("subscribe.mail.action")}:\n${links.confirm}\n\n${t("subscribe.mail.note")}\n\n${t("subscribe.manage.link")}:\n${links.manage}\n\n-- \n${t("mail.signature")}\n`;
  const htmlPart = await mailLayout(
    lang,
    subject,
    html`<p>${t("mail.greeting")}</p>
    <p>${body}</p>
    <p><a href="${links.confirm}" style="display: inline-block; background: #0b5cad; color: #fff; padding: 0.6rem 1rem; border-radius: 6px; text-decoration: none;">${t("subscribe.mail.action")}</a></p>
    <p style="font-size: 0.9rem;">${t("mail.linkFallback")}<br /><a href="${links.confirm}">${links.confirm}</a></p>
    <p style="font-size: 0.9rem; color: #515b66;">${t("subscribe.mail.note")}</p>
    <p style="font-size: 0.9rem; color: #515b66;"><a href="${links.manage}">${t("subscribe.manage.link")}</a></p>
    <p style="font-size: 0.9rem; color: #515b66;">${t("mail.signature")}</p>`,
  );
  return { to, subject, text, html: htmlPart };
}
