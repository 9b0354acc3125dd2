import type { Page } from "playwright-core";

/** What a sighted keyboard user sees of the focused element. */
export interface FocusedElement {
  tag: string;
  id: string;
  text: string;
  href: string | null;
  /** Inside a result or list card. */
  inCard: boolean;
  /** A visible outline or a box shadow drawn while the element has focus. */
  indicator: boolean;
}

/** Describes document.activeElement as the browser draws it right now. */
export function focused(page: Page): Promise<FocusedElement | null> {
  return page.evaluate(() => {
    type El = {
      tagName: string;
      id: string;
      textContent: string | null;
      getAttribute(n: string): string | null;
      closest(s: string): unknown;
    };
    const g = globalThis as unknown as {
      document: { activeElement: El | null; body: El };
      getComputedStyle(el: El): { outlineStyle: string; outlineWidth: string; boxShadow: string };
    };
    const el = g.document.activeElement;
    if (!el || el === g.document.body) return null;
    const style = g.getComputedStyle(el);
    const outline = style.outlineStyle !== "none" && Number.parseFloat(style.outlineWidth) >= 2;
    return {
      tag: el.tagName.toLowerCase(),
      id: el.id,
      text: (el.textContent ?? "").trim().replace(/\s+/g, " ").slice(0, 80),
      href: el.getAttribute("href"),
      inCard: el.closest(".card") !== null,
      indicator: outline || style.boxShadow !== "none",
    };
  });
}

/** Presses Tab until the focused element satisfies `wanted`, as a keyboard user would. */
export async function tabUntil(page: Page, wanted: (el: FocusedElement) => boolean, maxPresses = 150): Promise<FocusedElement> {
  for (let i = 0; i < maxPresses; i++) {
    await page.keyboard.press("Tab");
    const el = await focused(page);
    if (el && wanted(el)) return el;
  }
  throw new Error(`no focusable element matched after ${maxPresses} presses of Tab`);
}
