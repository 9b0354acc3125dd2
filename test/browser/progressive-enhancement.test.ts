import type { Response } from "playwright-core";
import { afterAll, expect, it } from "vitest";
import { describeInBrowser } from "./support/browser.js";
import { useDemoBrowser } from "./support/demo-browser.js";
import { PAGE_TYPES } from "./support/page-types.js";

const KB = 1024;
/** Budgets from the issue: what a visitor on a slow mobile connection still gets quickly. */
const JS_BUDGET = 30 * KB;
const PAGE_BUDGET = 150 * KB;

describeInBrowser("progressive enhancement and page weight", () => {
  const suite = useDemoBrowser();
  const weights: string[] = [];

  afterAll(async () => {
    console.info(`\n[subsidiegids] transfer per page (HTML + CSS + JS, compressed, headers included)\n${weights.join("\n")}\n`);
  });

  for (const type of PAGE_TYPES) {
    for (const lang of ["nl", "en"] as const) {
      const path = type.path[lang];
      it(`${type.name} (${lang}) works with JavaScript off: ${path}`, async () => {
        const context = await suite.browser.newContext({ javaScriptEnabled: false });
        try {
          const page = await context.newPage();
          const response = await page.goto(suite.server.url + path);
          expect(response?.status()).toBe(type.notFound ? 404 : 200);
          await expect(page.locator("h1").count()).resolves.toBe(1);
          expect((await page.locator("main").textContent())?.length).toBeGreaterThan(40);
          // The way on: main navigation, language switch and search are plain links and forms.
          expect(await page.locator("nav.main-nav a").count()).toBeGreaterThanOrEqual(5);
          await expect(page.locator("form[role=search] input[name=q]").count()).resolves.toBeGreaterThan(0);
        } finally {
          await context.close();
        }
      });
    }
  }

  it("with JavaScript off, a visitor filters calls and opens one by plain form submission and links", async () => {
    const context = await suite.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${suite.server.url}/oproepen`);
    await expect(page.locator("[data-autosubmit-button]").isVisible()).resolves.toBe(true);
    await page.locator("#f-status-closed").check();
    await page.locator("[data-autosubmit-button]").click();
    await page.waitForURL(/status=closed/);
    const first = page.locator("[data-results] .card-title a").first();
    const title = await first.textContent();
    await first.click();
    await expect(page.locator("h1").textContent()).resolves.toBe(title);
    await expect(page.locator("main .badge").first().textContent()).resolves.toBe("Afgesloten");
    await context.close();
  });

  it("with JavaScript on, a facet updates the results in place and the URL follows", async () => {
    const context = await suite.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${suite.server.url}/oproepen`);
    await expect(page.locator("[data-autosubmit-button]").isVisible()).resolves.toBe(false);
    // A full reload would drop this marker; an in-place update keeps it.
    await page.evaluate("window.__sameDocument = true");
    await page.locator("#f-status-closed").check();
    await page.waitForURL(/status=closed/);
    await page.locator("[data-results]:not([aria-busy]) .card").first().waitFor();
    expect(await page.evaluate("window.__sameDocument")).toBe(true);
    expect(await page.locator("[data-results] .badge").allTextContents()).toEqual(expect.arrayContaining(["Afgesloten"]));
    await context.close();
  });

  it("every page type stays within 150 KB of HTML, CSS and JS, and all JavaScript within 30 KB compressed", async () => {
    const context = await suite.browser.newContext();
    const scripts = new Map<string, number>();
    for (const type of PAGE_TYPES) {
      const page = await context.newPage();
      const responses: Response[] = [];
      page.on("response", (r) => responses.push(r));
      // A fresh page per type, and no cache: each page pays for its CSS and JS again.
      await page.route("**/*", (route) => route.continue());
      await page.goto(suite.server.url + type.path.nl);
      await page.waitForLoadState("networkidle");
      let total = 0;
      for (const response of responses) {
        const kind = response.request().resourceType();
        if (!["document", "stylesheet", "script"].includes(kind)) continue;
        const sizes = await response.request().sizes();
        const bytes = sizes.responseBodySize + sizes.responseHeadersSize;
        total += bytes;
        if (kind === "script") scripts.set(response.url(), sizes.responseBodySize);
      }
      weights.push(`  ${type.name.padEnd(24)} ${(total / KB).toFixed(1).padStart(6)} KB  ${type.path.nl}`);
      expect(total, `${type.path.nl} transfers ${total} bytes`).toBeLessThan(PAGE_BUDGET);
      await page.close();
    }
    const js = [...scripts.values()].reduce((sum, n) => sum + n, 0);
    weights.push(
      `  all JavaScript            ${(js / KB).toFixed(1).padStart(6)} KB  (${[...scripts.keys()].map((u) => new URL(u).pathname).join(", ")})`,
    );
    expect(scripts.size).toBeGreaterThan(0);
    expect(js).toBeLessThan(JS_BUDGET);
    await context.close();
  });
});
