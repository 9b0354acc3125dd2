import type { Page } from "playwright-core";
import { beforeEach, expect, it } from "vitest";
import { describeInBrowser } from "./support/browser.js";
import { useDemoBrowser } from "./support/demo-browser.js";
import { type FocusedElement, focused, tabUntil } from "./support/keyboard.js";

/** Pages with the most kinds of focusable things: forms, cards, tabs, tables, contact links. */
const FOCUS_PAGES = [
  "/",
  "/oproepen",
  "/zoeken?q=erasmus",
  "/oproepen/esf-oproep-612-leerecosystemen",
  "/programmas/esf-plus",
  "/evenementen?view=month",
  "/en/events/horizon-cluster-5-brokerage",
];

describeInBrowser("keyboard only", () => {
  const suite = useDemoBrowser();
  let page: Page;

  beforeEach(async (test) => {
    const context = await suite.browser.newContext({ viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
    test.onTestFinished(() => context.close());
  });

  it("the first Tab reaches the skip link, which moves focus to the content", async () => {
    await page.goto(`${suite.server.url}/oproepen/esf-oproep-612-leerecosystemen`);
    await page.keyboard.press("Tab");
    const skip = await focused(page);
    expect(skip).toMatchObject({ tag: "a", text: "Naar de inhoud", href: "#inhoud", indicator: true });
    // Hidden off-screen until focused, then in view.
    expect((await page.locator(".skip-link").boundingBox())?.y).toBeGreaterThanOrEqual(0);

    await page.keyboard.press("Enter");
    await page.waitForURL(/#inhoud$/);
    expect(await page.evaluate<string>("document.activeElement.id")).toBe("inhoud");
    // Following the link moves the keyboard's starting point: the next Tab lands in the
    // content, past the header, its navigation and search.
    await page.keyboard.press("Tab");
    const inMain = await page.evaluate<boolean>("document.activeElement.closest('main') !== null");
    expect(inMain).toBe(true);
  });

  for (const path of FOCUS_PAGES) {
    it(`every focusable element on ${path} shows where the focus is`, async () => {
      await page.goto(suite.server.url + path);
      const seen: FocusedElement[] = [];
      for (let i = 0; i < 250; i++) {
        await page.keyboard.press("Tab");
        const el = await focused(page);
        if (!el) break; // focus left the document: every element has had its turn
        if (seen.length && seen[0]?.href === el.href && seen[0]?.text === el.text && i > 1) break;
        seen.push(el);
      }
      expect(seen.length).toBeGreaterThan(5);
      const invisible = seen.filter((el) => !el.indicator).map((el) => `${el.tag} "${el.text}" ${el.href ?? ""}`);
      expect(invisible, "focus without a visible indicator").toEqual([]);
    });
  }

  it("a visitor filters the calls overview on closed calls and opens one, without a mouse", async () => {
    await page.goto(suite.server.url);
    await tabUntil(page, (el) => el.href === "/oproepen");
    await page.keyboard.press("Enter");
    await page.waitForURL(/\/oproepen$/);
    await tabUntil(page, (el) => el.id === "f-status-closed");
    await page.keyboard.press("Space");
    // With JavaScript the results change in place and the URL follows.
    await page.waitForURL(/status=closed/);
    await page.locator("[data-results] .badge").first().waitFor();
    const call = await tabUntil(page, (el) => el.inCard && (el.href?.startsWith("/oproepen/") ?? false));
    await page.keyboard.press("Enter");
    await page.waitForURL(`**${call.href}`);
    await expect(page.locator("h1").textContent()).resolves.toBe(call.text);
    await expect(page.locator("main .badge").first().textContent()).resolves.toBe("Afgesloten");
  });

  it("a visitor searches from the header and opens a call, without a mouse", async () => {
    await page.goto(suite.server.url);
    await tabUntil(page, (el) => el.tag === "input");
    await page.keyboard.type("erasmus");
    await page.keyboard.press("Enter");
    await page.waitForURL(/\/zoeken\?/);
    const hit = await tabUntil(page, (el) => el.inCard && (el.href?.startsWith("/oproepen/") ?? false));
    await page.keyboard.press("Enter");
    await page.waitForURL(`**${hit.href}`);
    await expect(page.locator("h1").textContent()).resolves.toMatch(/erasmus|excellence|partnerschap/i);
  });
});
