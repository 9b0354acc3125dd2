import { pathsFor } from "../../platform/http/paths.js";
import { formatDate, formatMoney } from "../../platform/i18n/format.js";
import type { MessageKey } from "../../platform/i18n/messages.nl.js";
import { type Lang, type Translate, translator } from "../../platform/i18n/translate.js";
import { escapeHtml, mailFrame } from "../../platform/mail/mail-layout.js";
import type { Deadline } from "../calls/call.queries.js";
import { guidePaths } from "../following/guide-paths.js";
import { alertPaths } from "./alert-paths.js";
import type { CallChange, CatalogueNews, NewsCall, NewsEvent } from "./catalogue-news.js";
import type { Digest, Reason } from "./digest-builder.js";
import { linkSigner } from "./digest-links.js";
import type { Recipient } from "./recipient.js";

/** A section shows this many items and says how many more there are, with a link to see them. */
export const SECTION_LIMIT = 50;

export interface DigestMail {
  subject: string;
  html: string;
  text: string;
  headers: Record<string, string>;
}

/** Text in both parts of a mail: as HTML and as plain text. */
interface Both {
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
 * language, in both parts and escaped, and shared by every mail that lists it; each mail
 * only signs its own links and joins the parts: a run renders a hundred thousand mails.
 */
export function digestRenderer(input: { news: CatalogueNews; baseUrl: string; key: Buffer }): DigestRenderer {
  const { news, baseUrl } = input;
  const signer = linkSigner(input.key);
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
    const sign = signer(recipient.key);
    // A token is base64url and a dot: nothing in it needs escaping in HTML.
    const link = (action: Parameters<typeof sign>[0]): Both => {
      const token = sign(action);
      return { html: p.linkPrefixHtml + token, text: p.linkPrefix + token };
    };
    const followed = new Set(recipient.follows.call);
    const actions = (callId: number, follow: boolean): Both => {
      const aside = link({ action: "put-aside", callId });
      const asideHtml = `<a href="${aside.html}">${p.putAsideLabel.html}</a>`;
      const asideText = `\n  ${p.putAsideLabel.text}: ${aside.text}`;
      if (!(follow && canFollow && !followed.has(callId))) return { html: `${p.actionsOpen}${asideHtml}</p>`, text: asideText };
      const add = link({ action: "follow", callId });
      return {
        html: `${p.actionsOpen}<a href="${add.html}">${p.followLabel.html}</a> · ${asideHtml}</p>`,
        text: `\n  ${p.followLabel.text}: ${add.text}${asideText}`,
      };
    };

    const sections: Section[] = [
      section(p.titles.newCalls, digest.newCalls, ({ call, reasons }) => {
        const c = p.call(call);
        return item(c, [p.why(reasons), ...c.deadlineLine], actions(call.id, true));
      }),
      section(p.titles.newEvents, digest.newEvents, ({ event, reasons }) =>
        item(p.event(event), [p.startsAt(event.startsAt), p.why(reasons)]),
      ),
      section(p.titles.changes, digest.changes, ({ call, changes }) =>
        item(p.call(call), changes.map(p.change), actions(call.id, false)),
      ),
      section(p.titles.reminders, digest.reminders, ({ call, deadline, daysLeft }) =>
        item(p.call(call), [p.daysLeft(daysLeft, deadline)]),
      ),
    ].filter((s) => s.count > 0);

    const stops = digest.stoppable.map(({ target, reason }) => {
      const label = p.reason(reason);
      const url = link({ action: "stop", target });
      return {
        html: `<li>${label.html}: <a href="${url.html}">${p.stopOne.html}</a></li>`,
        text: `- ${label.text} (${p.stopOne.text}): ${url.text}`,
      };
    });
    const unsubscribe = link({ action: "stop", target: { kind: "digest" } });
    const settings = recipient.settingsPath
      ? { html: escapeHtml(baseUrl + recipient.settingsPath), text: baseUrl + recipient.settingsPath }
      : p.settings;
    const count = sections.reduce((n, s) => n + s.count, 0);
    const { subject, frame } = await p.subject(digest.period.key, digest.period.date);

    let text = p.intro.text;
    let body = `<p style="color: #515b66; font-size: 0.9rem;">${p.preview(count)}</p>\n<p>${p.intro.html}</p>`;
    for (const s of sections) {
      text += `\n\n== ${s.title.text} (${s.count}) ==`;
      body += `\n<h2 style="font-size: 1.15rem; margin: 1.5rem 0 0.5rem;">${s.title.html} (${s.count})</h2>`;
      for (const i of s.items) {
        text += `\n${i.text}`;
        body += `\n${i.html}`;
      }
      if (s.count > SECTION_LIMIT) {
        text += `\n\n${p.more(s.count - SECTION_LIMIT).text}: ${p.moreUrl.text}`;
        body += `\n<p><a href="${p.moreUrl.html}">${p.more(s.count - SECTION_LIMIT).html}</a>: ${p.moreLink.html}</p>`;
      }
    }
    text += `\n\n-- \n${p.stopIntro.text}`;
    body += `\n${p.footerOpen}`;
    for (const stop of stops) {
      text += `\n${stop.text}`;
      body += `\n${stop.html}`;
    }
    text += `\n\n${p.settingsLabel.text}: ${settings.text}\n${p.unsubscribeLabel.text}: ${unsubscribe.text}\n`;
    body += `\n</ul>\n<p style="font-size: 0.9rem;"><a href="${settings.html}">${p.settingsLabel.html}</a> · <a href="${unsubscribe.html}">${p.unsubscribeLabel.html}</a></p>`;

    return {
      subject,
      text,
      html: frame.before + body + frame.after,
      headers: {
        "List-Unsubscribe": `<${unsubscribe.text}>`,
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
      },
    };
  };
}

/** A section of a mail: its title, how many items it has and the first SECTION_LIMIT of them. */
interface Section {
  title: Both;
  count: number;
  items: Both[];
}

/** Only the items a mail shows are rendered; the others are counted. */
function section<T>(title: Both, list: readonly T[], render: (entry: T) => Both): Section {
  return { title, count: list.length, items: list.slice(0, SECTION_LIMIT).map(render) };
}

/** One item: its page's title and link, lines saying what and why, and its actions. */
function item(page: Both, lines: readonly Both[], actions?: Both): Both {
  let html = page.html;
  let text = page.text;
  for (const line of lines) {
    html += line.html;
    text += line.text;
  }
  return actions ? { html: `${html + actions.html}</div>`, text: text + actions.text } : { html: `${html}</div>`, text };
}

/** Everything of one language that every digest of the run shares, each part made when first asked for. */
function languageParts(lang: Lang, news: CatalogueNews, baseUrl: string) {
  const t = translator(lang);
  const paths = pathsFor(lang);
  const dates = memo((date: string) => formatDate(lang, date));
  const deadlines = (list: readonly { date: string; time: string | null }[]) =>
    list.map((d) => `${dates(d.date)}${d.time ? ` ${d.time}` : ""}`).join(", ");
  const both = (text: string): Both => ({ html: escapeHtml(text), text });
  /** A line under an item's title. */
  const line = memo(
    (text: string): Both => ({ html: `<p style="margin: 0.2rem 0 0;">${escapeHtml(text)}</p>`, text: `\n  ${text}` }),
  );
  /** A titled link, rendered once: the start of its item. */
  const page = (title: string, path: string): Both => {
    const url = baseUrl + path;
    return {
      html: `<div style="margin: 0 0 1rem; padding: 0.6rem 0.8rem; border-left: 3px solid #0b5cad;"><p style="margin: 0; font-weight: 600;"><a href="${escapeHtml(url)}">${escapeHtml(title)}</a></p>`,
      text: `\n* ${title}\n  ${url}`,
    };
  };
  const calls = new Map<number, Both & { deadlineLine: Both[] }>();
  const events = new Map<number, Both>();
  const subjects = new Map<string, Promise<{ subject: string; frame: { before: string; after: string } }>>();
  const reason = memoBy(
    (r: Reason) => `${r.kind}:${r.id}:${r.kind === "search" || r.kind === "programme" ? r.name : ""}`,
    (r) => both(reasonText(t, lang, r, news)),
  );
  const why = memo((reasons: string) => line(t("digest.why", { reasons })));
  const linkPrefix = baseUrl + alertPaths(lang).link("");
  return {
    linkPrefix,
    linkPrefixHtml: escapeHtml(linkPrefix),
    settings: both(baseUrl + alertPaths(lang).settings),
    moreUrl: both(baseUrl + guidePaths(lang).guide),
    followLabel: both(t("digest.follow")),
    putAsideLabel: both(t("digest.putAside")),
    intro: both(t("digest.intro")),
    stopOne: both(t("digest.stopOne")),
    stopIntro: both(t("digest.stopIntro")),
    settingsLabel: both(t("digest.settings")),
    unsubscribeLabel: both(t("digest.unsubscribe")),
    moreLink: both(t("digest.moreLink")),
    actionsOpen: `<p style="margin: 0.4rem 0 0; font-size: 0.9rem;">`,
    footerOpen: `<hr style="border: 0; border-top: 1px solid #c9ced4; margin: 1.5rem 0;" />\n<p style="font-size: 0.9rem;">${escapeHtml(t("digest.stopIntro"))}</p>\n<ul style="font-size: 0.9rem; padding-left: 1.2rem;">`,
    more: (count: number) => both(t("digest.more", { count })),
    preview: memoBy(String, (count: number) => escapeHtml(t("digest.preview", { count }))),
    titles: {
      newCalls: both(t("digest.newCalls")),
      newEvents: both(t("digest.newEvents")),
      changes: both(t("digest.changes")),
      reminders: both(t("digest.reminders")),
    },
    call(call: NewsCall) {
      let parts = calls.get(call.id);
      if (!parts) {
        parts = {
          ...page(call.title, paths.call(call.slug)),
          deadlineLine: call.deadlines.length ? [line(t("digest.deadline", { date: deadlines(call.deadlines) }))] : [],
        };
        calls.set(call.id, parts);
      }
      return parts;
    },
    event(event: NewsEvent) {
      let parts = events.get(event.id);
      if (!parts) {
        parts = page(event.title, paths.event(event.slug));
        events.set(event.id, parts);
      }
      return parts;
    },
    startsAt: memo((at: string) => line(t("digest.startsAt", { date: formatDate(lang, at) }))),
    /** "Omdat u volgt: thema Onderwijs, programma Erasmus+": one line per set of reasons. */
    why: (reasons: readonly Reason[]) => why(reasons.map((r) => reason(r).text).join(", ")),
    reason,
    change: memoBy(
      (c: CallChange) => `${c.field}:${JSON.stringify(c.oldValue)}:${JSON.stringify(c.newValue)}`,
      (c) => line(changeText(t, lang, c, deadlines)),
    ),
    daysLeft: (count: number, deadline: Deadline) => line(t("digest.daysLeft", { count, date: deadlines([deadline]) })),
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
