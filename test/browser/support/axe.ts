import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import type { Page } from "playwright-core";

const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

/** The rules of WCAG 2.0 and 2.1, levels A and AA: the legal bar for public websites in Flanders and the EU. */
export const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; failureSummary: string }[];
}

/** The rules that judge colours, enough to re-check a page in dark mode. */
export const CONTRAST_RULES = ["color-contrast", "link-in-text-block"];

/** Runs axe-core inside the page and returns its WCAG violations (all A + AA rules, or only `rules`). */
export async function axeViolations(page: Page, rules?: string[]): Promise<AxeViolation[]> {
  // Evaluated through the DevTools protocol, so the site's strict CSP needs no loosening.
  await page.evaluate(axeSource);
  const runOnly = rules ? { type: "rule", values: rules } : { type: "tag", values: WCAG_TAGS };
  return page.evaluate(async (only) => {
    // This runs inside the page, where axe-core is now a global.
    const { axe, document } = globalThis as unknown as { axe: AxeRunner; document: unknown };
    const result = await axe.run(document, { runOnly: only, resultTypes: ["violations"] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })),
    }));
  }, runOnly);
}

interface AxeRunner {
  run(context: unknown, options: unknown): Promise<{ violations: AxeViolation[] }>;
}

/** One readable line per violation, for the assertion message. */
export function describeViolations(violations: AxeViolation[]): string {
  return violations
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `    ${n.target.join(" ")}: ${n.failureSummary}`).join("\n")}`,
    )
    .join("\n");
}
