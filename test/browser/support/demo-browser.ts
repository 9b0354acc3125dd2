import type { Browser } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import { launchBrowser } from "./browser.js";
import { type DemoServer, startDemoServer } from "./server.js";

/** The demo site and a headless Chromium for one test file, started together and closed after it. */
export function useDemoBrowser() {
  const suite = {} as { server: DemoServer; browser: Browser };
  beforeAll(async () => {
    [suite.server, suite.browser] = await Promise.all([startDemoServer(), launchBrowser()]);
  });
  afterAll(async () => {
    await suite.browser?.close();
    await suite.server?.close();
  });
  return suite;
}
