import { expect, it } from "vitest";
import { describeInBrowser } from "./support/browser.js";
import { useDemoBrowser } from "./support/demo-browser.js";

const COVE_TITLE = "Partnerships for Excellence: Centres of Vocational Excellence";

describeInBrowser("visitor journeys", () => {
  const suite = useDemoBrowser();

  it("a visitor finds the Erasmus+ vocational-excellence call by typing 'beroepsopleiding' and opening the first result", async () => {
    const page = await suite.browser.newPage();
    await page.goto(suite.server.url);
    await page.getByRole("navigation", { name: "Hoofdmenu" }).getByRole("link", { name: "Oproepen" }).click();
    // The English call is found from a Dutch word: compounds, stemming and the glossary at work.
    await page.getByLabel("Zoektermen").fill("beroepsopleiding");
    await page.getByLabel("Zoektermen").press("Enter");
    await page.waitForURL(/q=beroepsopleiding/);
    await page.locator("[data-results] .card-title a").first().click();
    await expect(page.locator("h1").textContent()).resolves.toBe(COVE_TITLE);
    await expect(page.locator("main").textContent()).resolves.toMatch(/ERASMUS-EDU-\d{4}-PEX-COVE/);
    await page.close();
  });

  it("the site-wide search from the home page shows the same call among the first three results", async () => {
    const page = await suite.browser.newPage();
    await page.goto(suite.server.url);
    await page.locator("#home-q").fill("beroepsopleiding");
    await page.locator("#home-q").press("Enter");
    await page.waitForURL(/\/zoeken\?q=beroepsopleiding/);
    const titles = await page.locator("[data-results] .card-title a").allTextContents();
    expect(titles.slice(0, 3)).toContain(COVE_TITLE);
    await page.close();
  });
});
