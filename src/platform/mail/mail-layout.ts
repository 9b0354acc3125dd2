import { html, raw } from "hono/html";
import type { HtmlEscapedString } from "hono/utils/html";
import type { Lang } from "../i18n/translate.js";

/** The frame around every mail's HTML part: plain, readable, without images or scripts. */
export async function mailLayout(lang: Lang, title: string, body: HtmlEscapedString | Promise<HtmlEscapedString>) {
  return String(
    await html`${raw("<!DOCTYPE html>")}
<html lang="${lang === "nl" ? "nl-BE" : "en"}">
  <head><meta charset="utf-8" /><title>${title}</title></head>
  <body style="font-family: system-ui, sans-serif; line-height: 1.5; color: #1d232b; max-width: 36rem; margin: 0 auto; padding: 1rem;">
    <p style="font-weight: 700; color: #0b5cad;">Subsidiegids</p>
    ${body}
  </body>
</html>`,
  );
}
