import { html, raw } from "hono/html";
import type { HtmlEscapedString } from "hono/utils/html";
import type { Lang } from "../i18n/translate.js";

/**
 * The frame around every mail's HTML part: plain, readable, without images or scripts. It
 * fits a phone's width, and clients that follow the reader's dark mode get light text on dark.
 */
export async function mailLayout(lang: Lang, title: string, body: HtmlEscapedString | Promise<HtmlEscapedString>) {
  return String(
    await html`${raw("<!DOCTYPE html>")}
<html lang="${lang === "nl" ? "nl-BE" : "en"}">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta name="color-scheme" content="light dark" />
    <meta name="supported-color-schemes" content="light dark" />
    <title>${title}</title>
    <style>
      @media (prefers-color-scheme: dark) {
        body { background: #14181d !important; color: #e8eaed !important; }
        a { color: #8cc4ff !important; }
      }
      img, table { max-width: 100%; }
      a { overflow-wrap: anywhere; }
    </style>
  </head>
  <body style="font-family: system-ui, sans-serif; line-height: 1.5; color: #1d232b; max-width: 36rem; margin: 0 auto; padding: 1rem;">
    <p style="font-weight: 700; color: #0b5cad;">Subsidiegids</p>
    ${body}
  </body>
</html>`,
  );
}

const MARK = "\u0000body\u0000";
const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** Text made safe inside HTML, as the layout's own templates escape it. */
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => ESCAPES[c] as string);

/**
 * The layout as the HTML before and after the body, for mails built by the thousand with one
 * title: the frame is made once and each mail's body is put between its two halves.
 */
export async function mailFrame(lang: Lang, title: string): Promise<{ before: string; after: string }> {
  const page = await mailLayout(lang, title, html`${raw(MARK)}`);
  const [before = "", after = ""] = page.split(MARK);
  return { before, after };
}
