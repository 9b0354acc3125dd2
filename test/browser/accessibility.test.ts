import { afterAll, expect, it } from "vitest";
import { axeViolations, CONTRAST_RULES, describeViolations } from "./support/axe.js";
import { describeInBrowser } from "./support/browser.js";
import { useDemoBrowser } from "./support/demo-browser.js";
import { LANGS_UNDER_TEST, PAGE_TYPES } from "./support/page-types.js";

/** Light mode gets every A and AA rule; dark mode changes only colours, so it re-checks contrast. */
const SCHEMES: [scheme: "light" | "dark", rules: string[] | undefined][] = [
  ["light", undefined],
  ["dark", CONTRAST_RULES],
];

describeInBrowser("WCAG 2.1 AA (axe-core) on every page type", () => {
  const suite = useDemoBrowser();
  const report: string[] = [];

  it("axe-core is really judging: a page with an unlabelled field and a bare image fails", async () => {
    const page = await suite.browser.newPage();
    await page.setContent('<html lang="nl"><title>t</title><main><img src="x.png"><input type="text"></main></html>');
    const ids = (await axeViolations(page)).map((v) => v.id);
    await page.close();
    expect(ids).toEqual(expect.arrayContaining(["image-alt", "label"]));
  });

  afterAll(async () => {
    console.info(`\n[subsidiegids] axe-core report (WCAG 2.0/2.1 A + AA)\n${report.sort().join("\n")}\n`);
  });

  for (const [scheme, rules] of SCHEMES) {
    for (const lang of LANGS_UNDER_TEST) {
      for (const type of PAGE_TYPES) {
        const path = type.path[lang];
        it(`${type.name} (${lang}, ${scheme}): ${path}`, async () => {
          const context = await suite.browser.newContext({ colorScheme: scheme });
          try {
            const page = await context.newPage();
            const response = await page.goto(suite.server.url + path);
            const status = response?.status();
            expect(status).toBe(type.notFound ? 404 : 200);
            const violations = await axeViolations(page, rules);
            report.push(`  ${type.name.padEnd(24)} ${lang} ${scheme.padEnd(5)} ${violations.length} violations  ${path}`);
            expect(violations, describeViolations(violations)).toEqual([]);
          } finally {
            await context.close();
          }
        });
      }
    }
  }
});
