import { expect, it } from "vitest";
import { describeInBrowser } from "./support/browser.js";
import { useDemoBrowser } from "./support/demo-browser.js";
import { PAGE_TYPES } from "./support/page-types.js";

/** The narrowest phone WCAG reflow asks for, a common phone, and a laptop. */
const WIDTHS = [320, 390, 1280];

describeInBrowser("visual care", () => {
  const suite = useDemoBrowser();

  for (const width of WIDTHS) {
    it(`no page type scrolls sideways at ${width} px`, async () => {
      const context = await suite.browser.newContext({ viewport: { width, height: 800 } });
      const page = await context.newPage();
      const overflowing: string[] = [];
      for (const type of PAGE_TYPES) {
        for (const path of Object.values(type.path)) {
          await page.goto(suite.server.url + path);
          const { scrollWidth, innerWidth } = await page.evaluate<{ scrollWidth: number; innerWidth: number }>(
            "({ scrollWidth: document.documentElement.scrollWidth, innerWidth })",
          );
          if (scrollWidth > innerWidth) overflowing.push(`${path}: ${scrollWidth} px wide`);
        }
      }
      await context.close();
      expect(overflowing).toEqual([]);
    });
  }

  it("on a phone the filters fold away so the first results are on the first screen", async () => {
    const context = await suite.browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto(`${suite.server.url}/oproepen`);
    await expect(page.locator("details.filter-panel").evaluate((d) => (d as unknown as { open: boolean }).open)).resolves.toBe(
      false,
    );
    const firstResult = await page.locator("[data-results] .card").first().boundingBox();
    expect(firstResult?.y).toBeLessThan(844);
    await context.close();
  });

  it("the API docs read at phone width: no table header or parameter name is broken inside a word", async () => {
    const context = await suite.browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto(`${suite.server.url}/api/v1/docs`);
    // A one-word cell whose text lies on more than one line has been broken inside the word.
    const broken = await page.evaluate<string[]>(`[...document.querySelectorAll("main table th, main table td:first-child")]
      .filter((cell) => {
        const range = document.createRange();
        range.selectNodeContents(cell);
        return new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size > 1;
      })
      .map((cell) => cell.textContent)`);
    await context.close();
    expect(broken).toEqual([]);
  });

  it("dark mode follows the system setting", async () => {
    const colours = async (colorScheme: "light" | "dark") => {
      const context = await suite.browser.newContext({ colorScheme });
      const page = await context.newPage();
      await page.goto(`${suite.server.url}/oproepen/esf-oproep-612-leerecosystemen`);
      const result = await page.evaluate<string>("getComputedStyle(document.body).backgroundColor");
      await context.close();
      return result;
    };
    const brightness = (rgb: string) => (rgb.match(/\d+/g) ?? []).slice(0, 3).reduce((sum, n) => sum + Number(n), 0) / 3;
    expect(brightness(await colours("light"))).toBeGreaterThan(200);
    expect(brightness(await colours("dark"))).toBeLessThan(60);
  });

  it("a call page prints without the site's header, navigation and footer, but with its deadline", async () => {
    const page = await suite.browser.newPage();
    await page.goto(`${suite.server.url}/oproepen/esf-oproep-612-leerecosystemen`);
    await page.emulateMedia({ media: "print" });
    for (const selector of [".site-header", ".site-footer", ".breadcrumbs", ".skip-link"]) {
      await expect(page.locator(selector).first().isVisible(), selector).resolves.toBe(false);
    }
    await expect(page.locator("h1").isVisible()).resolves.toBe(true);
    await expect(page.locator(".deadline-list").isVisible()).resolves.toBe(true);
    const pdf = await page.pdf({ format: "A4" });
    expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
    await page.close();
  });
});
