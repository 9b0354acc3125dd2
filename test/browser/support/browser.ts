import { existsSync } from "node:fs";
import { type Browser, chromium } from "playwright-core";
import { describe, it } from "vitest";

/** Debian's Chromium; CHROMIUM_PATH points elsewhere on other machines. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

const LAUNCH_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--no-first-run",
];

export const chromiumAvailable = existsSync(CHROMIUM_PATH);

/**
 * Headless Chromium. Playwright gives every launch a fresh temporary profile (user-data
 * dir) and removes it on close, so no state leaks between runs.
 */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: LAUNCH_ARGS });
}

let warned = false;

/**
 * A describe block for suites that need a real browser. Without Chromium the suite is
 * skipped and the run says so plainly; with REQUIRE_BROWSER=1 (CI) a missing Chromium
 * fails the run instead, so a broken install never passes as green.
 */
export function describeInBrowser(name: string, suite: () => void): void {
  if (chromiumAvailable) {
    describe(name, suite);
    return;
  }
  if (process.env.REQUIRE_BROWSER === "1") {
    describe(name, () => {
      it("needs Chromium", () => {
        throw new Error(`REQUIRE_BROWSER=1 but there is no Chromium at ${CHROMIUM_PATH} (apt-get install -y chromium)`);
      });
    });
    return;
  }
  if (!warned) {
    console.warn(
      `\n[subsidiegids] No Chromium at ${CHROMIUM_PATH}: the browser suites are SKIPPED (apt-get install -y chromium).\n`,
    );
    warned = true;
  }
  describe.skip(name, suite);
}
