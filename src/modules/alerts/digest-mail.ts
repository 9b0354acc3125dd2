import { pathsFor } from "../../platform/http/paths.js";
import { formatDate, formatMoney } from "../../platform/i18n/format.js";
import type { MessageKey } from "../../platform/i18n/messages.nl.js";
import { type Lang, type Translate, translator } from "../../platform/i18n/translate.js";
import { escapeHtml, mailFrame } from "../../platform/mail/mail-layout.js";
import { guidePaths } from "../following/guide-paths.js";
import { alertPaths } from "./alert-paths.js";
import type { CallChange, CatalogueNews, NewsCall } from "./catalogue-news.js";
import type { Digest, Reason } from "./digest-builder.js";
import { recipientLinks } from "./digest-links.js";
import type { Recipient } from "./recipient.js";

/** A section shows this many items and says how many more there are, with a link to see them. */
export const SECTION_LIMIT = 50;

export interface DigestMail {
  subject: string;
  html: string;
  text: string;
  headers: Record<string, string>;
}

/** One item of a section, as HTML and as plain text: what it is, why, and its links. */
interface Item {
  html: string;
  text: string;
}

/** Renders one recipient's digest; made once per run by digestRenderer. */
export type DigestRenderer = (digest: Digest, recipient: Recipient, canFollow: boolean) => Promise<DigestMail>;

/**
 * The digests of one run in each recipient's language, as HTML and plain text with the same
 * items and links: every link absolute, every action behind a signed link whose page asks for
 * a click, and the RFC 8058 headers so a mail client can unsubscribe in one click.
 *
 * What does not depend on the recipient (a call's title, link and deadline, a reason's words,
 * a change's old and new value, the frame around the body) is rendered once per run and
 * language and shared by every mail that lists it; each mail adds only its own signed links.
 */
export function digestRenderer(input: { news: CatalogueNews; baseUrl: string; key: Buffer }): DigestRenderer {
  const { news, baseUrl, key } = input;
  const languages = new Map<Lang, ReturnType<typeof languageParts>>();
  const partsFor = (lang: Lang) => {
    let parts = languages.get(lang);
    if (!parts) {
      parts = languageParts(lang, news, baseUrl);
      languages.set(lang, parts);
    }
    return parts;
  };

  return async (digest, recipient, canFollow) => {
    const p = partsFor(recipient.language);
    const { t } = p;
    const sign = recipientLinks(key, recipient.key);
    const link = (action: Parameters<typeof sign>[0]) => p.linkPrefix + sign(action);
    const followed = new Set(recipient.follows.call);
    const actions = (callId: number, follow: boolean): { label: string; url: string }[] => [
      ...(follow && canFollow && !followed.has(callId)
        ? [{ label: p.followLabel, url: link({ action: "follow", callId }) }]
        : []),
      { label: p.putAsideLabel, url: link({ action: "put-aside", callId }) },
    ];
    const why = (reasons: Reason[]) => p.why(reasons.map(p.reason).join(", "));

    const sections: { title: string; items: readonly Item[] }[] = [
      {
        title: p.titles.newCalls,
        items: digest.newCalls.map(({ call, reasons }) => {
          const c = p.call(call);
          return item(p, c, [why(reasons), ...c.deadlineLine], actions(call.id, true));
        }),
      },
      {
        title: p.titles.newEvents,
        items: digest.newEvents.map(({ event, reasons }) =>
          item(p, p.page(event.title, p.paths.event(event.slug)), [p.startsAt(event.startsAt), why(reasons)], []),
        ),
      },
      {
        title: p.titles.changes,
        items: digest.changes.map(({ call, changes }) => item(p, p.call(call), changes.map(p.change), actions(call.id, false))),
      },
      {
        title: p.titles.reminders,
        items: digest.reminders.map(({ call, deadline, daysLeft }) =>
          item(p, p.call(call), [t("digest.daysLeft", { count: daysLeft, date: p.deadlines([deadline]) })], []),
        ),
      },
    ].filter((s) => s.items.length > 0);

    const stops = digest.stoppable.map(({ target, reason }) => ({
      label: p.reason(reason),
      url: link({ action: "stop", target }),
    }));
    const unsubscribe = link({ action: "stop", target: { kind: "digest" } });
    const settings = recipient.settingsPath ? baseUrl + recipient.settingsPath : p.settings;
    const count = sections.reduce((n, s) => n + s.items.length, 0);
    const { subject, frame } = await p.subject(digest.period.key, digest.period.date);

    const text = [
      p.intro,
      ...sections.map((section) =>
        [
          `\n== ${section.title} (${section.items.length}) ==`,
          ...section.items.slice(0, SECTION_LIMIT).map((i) => i.text),
          ...(section.items.length > SECTION_LIMIT ? [`\n${p.more(section.items.length - SECTION_LIMIT)}: ${p.moreUrl}`] : []),
        ].join("\n"),
      ),
      `\n-- \n${p.stopIntro}`,
      ...stops.map((s) => `- ${s.label} (${p.stopOne}): ${s.url}`),
      `\n${p.settingsLabel}: ${settings}`,
      `${p.unsubscribeLabel}: ${unsubscribe}`,
      "",
    ].join("\n");

    const body = [
      `<p style="color: #515b66; font-size: 0.9rem;">${escapeHtml(t("digest.preview", { count }))}</p>`,
      `<p>${escapeHtml(p.intro)}</p>`,
      ...sections.map((section) =>
        [
          `<h2 style="font-size: 1.15rem; margin: 1.5rem 0 0.5rem;">${escapeHtml(section.title)} (${section.items.length})</h2>`,
          ...section.items.slice(0, SECTION_LIMIT).map((i) => i.html),
          ...(section.items.length > SECTION_LIMIT
            ? [
                `<p><a href="${escapeHtml(p.moreUrl)}">${escapeHtml(p.more(section.items.length - SECTION_LIMIT))}</a>: ${escapeHtml(p.moreLink)}</p>`,
              ]
            : []),
        ].join("\n"),
      ),
      `<hr style="border: 0; border-top: 1px solid #c9ced4; margin: 1.5rem 0;" />`,
      `<p style="font-size: 0.9rem;">${escapeHtml(p.stopIntro)}</p>`,
      `<ul style="font-size: 0.9rem; padding-left: 1.2rem;">`,
      ...stops.map((s) => `<li>${escapeHtml(s.label)}: <a href="${escapeHtml(s.url)}">${escapeHtml(p.stopOne)}</a></li>`),
      "</ul>",
      `<p style="font-size: 0.9rem;"><a href="${escapeHtml(settings)}">${escapeHtml(p.settingsLabel)}</a> · <a href="${escapeHtml(unsubscribe)}">${escapeHtml(p.unsubscribeLabel)}</a></p>`,
    ].join("\n");

    return {
      subject,
      text,
      html: frame.before + body + frame.after,
      headers: {
        "List-Unsubscribe": `<${unsubscribe}>`,
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
      },
    };
  };
}

/** A titled link, rendered once: the start of its item in HTML and in text. */
interface PageParts {
  htmlHead: string;
  textHead: string;
}

function item(
  parts: { lineHtml: (line: string) => string },
  page: PageParts,
  lines: readonly string[],
  actions: readonly { label: string; url: string }[],
): Item {
  const htmlLines = lines.map(parts.lineHtml).join("");
  const htmlActions = actions.length
    ? `<p style="margin: 0.4rem 0 0; font-size: 0.9rem;">${actions
        .map((a, i) => `${i ? " · " : ""}<a href="${escapeHtml(a.url)}">${escapeHtml(a.label)}</a>`)
        .join("")}</p>`
    : "";
  return {
    html: `${page.htmlHead}${htmlLines}${htmlActions}</div>`,
    text: [page.textHead, ...lines.map((l) => `  ${l}`), ...actions.map((a) => `  ${a.label}: ${a.url}`)].join("\n"),
  };
}

/** Everything of one language that every digest of the run shares, each part made when first asked for. */
function languageParts(lang: Lang, news: CatalogueNews, baseUrl: string) {
  const t = translator(lang);
  const paths = pathsFor(lang);
  const dates = memo((date: string) => formatDate(lang, date));
  const deadlines = (list: readonly { date: string; time: string | null }[]) =>
    list.map((d) => `${dates(d.date)}${d.time ? ` ${d.time}` : ""}`).join(", ");
  const page = (title: string, path: string): PageParts => {
    const url = baseUrl + path;
    return {
      htmlHead: `<div style="margin: 0 0 1rem; padding: 0.6rem 0.8rem; border-left: 3px solid #0b5cad;"><p style="margin: 0; font-weight: 600;"><a href="${escapeHtml(url)}">${escapeHtml(title)}</a></p>`,
      textHead: `\n* ${title}\n  ${url}`,
    };
  };
  const calls = new Map<number, PageParts & { deadlineLine: string[] }>();
  const subjects = new Map<string, Promise<{ subject: string; frame: { before: string; after: string } }>>();
  return {
    t,
    paths,
    deadlines,
    page,
    linkPrefix: baseUrl + alertPaths(lang).link(""),
    settings: baseUrl + alertPaths(lang).settings,
    moreUrl: baseUrl + guidePaths(lang).guide,
    followLabel: t("digest.follow"),
    putAsideLabel: t("digest.putAside"),
    intro: t("digest.intro"),
    stopIntro: t("digest.stopIntro"),
    stopOne: t("digest.stopOne"),
    settingsLabel: t("digest.settings"),
    unsubscribeLabel: t("digest.unsubscribe"),
    moreLink: t("digest.moreLink"),
    more: (count: number) => t("digest.more", { count }),
    titles: {
      newCalls: t("digest.newCalls"),
      newEvents: t("digest.newEvents"),
      changes: t("digest.changes"),
      reminders: t("digest.reminders"),
    },
    call(call: NewsCall) {
      let parts = calls.get(call.id);
      if (!parts) {
        parts = {
          ...page(call.title, paths.call(call.slug)),
          deadlineLine: call.deadlines.length ? [t("digest.deadline", { date: deadlines(call.deadlines) })] : [],
        };
        calls.set(call.id, parts);
      }
      return parts;
    },
    startsAt: memo((at: string) => t("digest.startsAt", { date: formatDate(lang, at) })),
    why: memo((reasons: string) => t("digest.why", { reasons })),
    lineHtml: memo((line: string) => `<p style="margin: 0.2rem 0 0;">${escapeHtml(line)}</p>`),
    reason: memoBy(
      (r: Reason) => `${r.kind}:${r.id}:${r.kind === "search" || r.kind === "programme" ? r.name : ""}`,
      (r) => reasonText(t, lang, r, news),
    ),
    change: memoBy(
      (c: CallChange) => `${c.field}:${JSON.stringify(c.oldValue)}:${JSON.stringify(c.newValue)}`,
      (c) => changeText(t, lang, c, deadlines),
    ),
    subject(key: string, date: string) {
      let made = subjects.get(key);
      if (!made) {
        const subject = t(key.includes("W") ? "digest.subjectWeekly" : "digest.subject", { date: formatDate(lang, date) });
        made = mailFrame(lang, subject).then((frame) => ({ subject, frame }));
        subjects.set(key, made);
      }
      return made;
    },
  };
}

function memo<T>(make: (key: string) => T): (key: string) => T {
  return memoBy((key: string) => key, make);
}

function memoBy<A, T>(keyOf: (arg: A) => string, make: (arg: A) => T): (arg: A) => T {
  const cache = new Map<string, T>();
  return (arg) => {
    const key = keyOf(arg);
    let value = cache.get(key);
    if (value === undefined) {
      value = make(arg);
      cache.set(key, value);
    }
    return value;
  };
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

function changeText(
  t: Translate,
  lang: Lang,
  change: CallChange,
  deadlines: (list: readonly { date: string; time: string | null }[]) => string,
): string {
  const value = (v: unknown): string => {
    if (v === null || v === undefined || (Array.isArray(v) && v.length === 0)) return t("digest.none");
    if (change.field === "deadlines" && Array.isArray(v)) return deadlines(v as { date: string; time: string | null }[]);
    if (change.field === "opensOn") return formatDate(lang, String(v));
    if (change.field === "status") return t(`status.${String(v)}` as MessageKey);
    if (change.field === "budgetAmountEur") return formatMoney(lang, Number(v));
    return String(v);
  };
  return `${t(`digest.field.${change.field}`)}: ${value(change.oldValue)} → ${value(change.newValue)}`;
}
