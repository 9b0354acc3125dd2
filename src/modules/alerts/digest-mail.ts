import { html } from "hono/html";
import type { HtmlEscapedString } from "hono/utils/html";
import { pathsFor } from "../../platform/http/paths.js";
import { formatDate, formatMoney } from "../../platform/i18n/format.js";
import type { MessageKey } from "../../platform/i18n/messages.nl.js";
import { type Lang, type Translate, translator } from "../../platform/i18n/translate.js";
import { mailLayout } from "../../platform/mail/mail-layout.js";
import { guidePaths } from "../following/guide-paths.js";
import { alertPaths } from "./alert-paths.js";
import type { CallChange, CatalogueNews } from "./catalogue-news.js";
import type { Digest, Reason } from "./digest-builder.js";
import { type LinkAction, signLink } from "./digest-links.js";
import type { Recipient } from "./recipient.js";

/** A section shows this many items and says how many more there are, with a link to see them. */
export const SECTION_LIMIT = 50;

export interface DigestMail {
  subject: string;
  html: string;
  text: string;
  headers: Record<string, string>;
}

interface Item {
  title: string;
  url: string;
  lines: string[];
  actions: { label: string; url: string }[];
}

/**
 * The digest in the recipient's language, as HTML and plain text with the same items and
 * links: every link absolute, every action behind a signed link whose page asks for a click,
 * and the RFC 8058 headers so a mail client can unsubscribe in one click.
 */
export async function digestMail(input: {
  digest: Digest;
  recipient: Recipient;
  news: CatalogueNews;
  baseUrl: string;
  key: Buffer;
  canFollow: boolean;
}): Promise<DigestMail> {
  const { digest, recipient, news, baseUrl, key } = input;
  const lang = recipient.language;
  const t = translator(lang);
  const paths = pathsFor(lang);
  const abs = (path: string) => `${baseUrl}${path}`;
  const link = (action: LinkAction) => abs(alertPaths(lang).link(signLink(key, action)));
  const followed = new Set(recipient.follows.call);
  const callActions = (callId: number) => [
    ...(input.canFollow && !followed.has(callId)
      ? [{ label: t("digest.follow"), url: link({ action: "follow", recipient: recipient.key, callId }) }]
      : []),
    { label: t("digest.putAside"), url: link({ action: "put-aside", recipient: recipient.key, callId }) },
  ];
  const why = (reasons: Reason[]) => t("digest.why", { reasons: reasons.map((r) => reasonText(t, lang, r, news)).join(", ") });

  const sections: { title: string; items: Item[] }[] = [
    {
      title: t("digest.newCalls"),
      items: digest.newCalls.map(({ call, reasons }) => ({
        title: call.title,
        url: abs(paths.call(call.slug)),
        lines: [
          why(reasons),
          ...(call.deadlines.length ? [t("digest.deadline", { date: deadlineText(lang, call.deadlines) })] : []),
        ],
        actions: callActions(call.id),
      })),
    },
    {
      title: t("digest.newEvents"),
      items: digest.newEvents.map(({ event, reasons }) => ({
        title: event.title,
        url: abs(paths.event(event.slug)),
        lines: [t("digest.startsAt", { date: formatDate(lang, event.startsAt) }), why(reasons)],
        actions: [],
      })),
    },
    {
      title: t("digest.changes"),
      items: digest.changes.map(({ call, changes }) => ({
        title: call.title,
        url: abs(paths.call(call.slug)),
        lines: changes.map((change) => changeText(t, lang, change)),
        actions: callActions(call.id).filter((a) => a.label !== t("digest.follow")),
      })),
    },
    {
      title: t("digest.reminders"),
      items: digest.reminders.map(({ call, deadline, daysLeft }) => ({
        title: call.title,
        url: abs(paths.call(call.slug)),
        lines: [t("digest.daysLeft", { count: daysLeft, date: deadlineText(lang, [deadline]) })],
        actions: [],
      })),
    },
  ].filter((s) => s.items.length > 0);

  const more = abs(guidePaths(lang).guide);
  const stops = digest.stoppable.map(({ target, reason }) => ({
    label: reasonText(t, lang, reason, news),
    url: link({ action: "stop", recipient: recipient.key, target }),
  }));
  const unsubscribe = link({ action: "stop", recipient: recipient.key, target: { kind: "digest" } });
  const settings = abs(recipient.settingsPath ?? alertPaths(lang).settings);
  const count = sections.reduce((n, s) => n + s.items.length, 0);
  const date = formatDate(lang, digest.period.date);
  const subject = t(digest.period.key.includes("W") ? "digest.subjectWeekly" : "digest.subject", { date });

  const text = [
    t("digest.intro"),
    ...sections.map((section) =>
      [
        `\n== ${section.title} (${section.items.length}) ==`,
        ...section.items
          .slice(0, SECTION_LIMIT)
          .map((item) =>
            [
              `\n* ${item.title}`,
              `  ${item.url}`,
              ...item.lines.map((l) => `  ${l}`),
              ...item.actions.map((a) => `  ${a.label}: ${a.url}`),
            ].join("\n"),
          ),
        ...(section.items.length > SECTION_LIMIT
          ? [`\n${t("digest.more", { count: section.items.length - SECTION_LIMIT })}: ${more}`]
          : []),
      ].join("\n"),
    ),
    `\n-- \n${t("digest.stopIntro")}`,
    ...stops.map((s) => `- ${s.label} (${t("digest.stopOne")}): ${s.url}`),
    `\n${t("digest.settings")}: ${settings}`,
    `${t("digest.unsubscribe")}: ${unsubscribe}`,
    "",
  ].join("\n");

  const body = html`<p style="color: #515b66; font-size: 0.9rem;">${t("digest.preview", { count })}</p>
    <p>${t("digest.intro")}</p>
    ${sections.map(
      (section) => html`<h2 style="font-size: 1.15rem; margin: 1.5rem 0 0.5rem;">${section.title} (${section.items.length})</h2>
        ${section.items.slice(0, SECTION_LIMIT).map(itemHtml)}
        ${
          section.items.length > SECTION_LIMIT
            ? html`<p><a href="${more}">${t("digest.more", { count: section.items.length - SECTION_LIMIT })}</a>: ${t("digest.moreLink")}</p>`
            : ""
        }`,
    )}
    <hr style="border: 0; border-top: 1px solid #c9ced4; margin: 1.5rem 0;" />
    <p style="font-size: 0.9rem;">${t("digest.stopIntro")}</p>
    <ul style="font-size: 0.9rem; padding-left: 1.2rem;">
      ${stops.map((s) => html`<li>${s.label}: <a href="${s.url}">${t("digest.stopOne")}</a></li>`)}
    </ul>
    <p style="font-size: 0.9rem;"><a href="${settings}">${t("digest.settings")}</a> · <a href="${unsubscribe}">${t("digest.unsubscribe")}</a></p>`;

  return {
    subject,
    text,
    html: await mailLayout(lang, subject, body),
    headers: {
      "List-Unsubscribe": `<${unsubscribe}>`,
      "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    },
  };
}

function itemHtml(item: Item): HtmlEscapedString | Promise<HtmlEscapedString> {
  return html`<div style="margin: 0 0 1rem; padding: 0.6rem 0.8rem; border-left: 3px solid #0b5cad;">
    <p style="margin: 0; font-weight: 600;"><a href="${item.url}">${item.title}</a></p>
    ${item.lines.map((line) => html`<p style="margin: 0.2rem 0 0;">${line}</p>`)}
    ${
      item.actions.length
        ? html`<p style="margin: 0.4rem 0 0; font-size: 0.9rem;">${item.actions.map(
            (a, i) => html`${i ? " · " : ""}<a href="${a.url}">${a.label}</a>`,
          )}</p>`
        : ""
    }
  </div>`;
}

export function reasonText(t: Translate, lang: Lang, reason: Reason, news: CatalogueNews): string {
  if (reason.kind === "theme") {
    const theme = news.themeNames.get(reason.id);
    return t("digest.reason.theme", { name: (lang === "en" ? theme?.nameEn : theme?.nameNl) ?? "" });
  }
  if (reason.kind === "programme") return t("digest.reason.programme", { name: reason.name });
  if (reason.kind === "call") return t("digest.reason.call", { name: news.calls.get(reason.id)?.title ?? "" });
  return t("digest.reason.search", { name: reason.name });
}

function deadlineText(lang: Lang, deadlines: readonly { date: string; time: string | null }[]): string {
  return deadlines.map((d) => `${formatDate(lang, d.date)}${d.time ? ` ${d.time}` : ""}`).join(", ");
}

function changeText(t: Translate, lang: Lang, change: CallChange): string {
  const value = (v: unknown): string => {
    if (v === null || v === undefined || (Array.isArray(v) && v.length === 0)) return t("digest.none");
    if (change.field === "deadlines" && Array.isArray(v)) return deadlineText(lang, v as { date: string; time: string | null }[]);
    if (change.field === "opensOn") return formatDate(lang, String(v));
    if (change.field === "status") return t(`status.${String(v)}` as MessageKey);
    if (change.field === "budgetAmountEur") return formatMoney(lang, Number(v));
    return String(v);
  };
  return `${t(`digest.field.${change.field}`)}: ${value(change.oldValue)} → ${value(change.newValue)}`;
}
