import { mkdirSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { CHROMIUM_PATH, chromiumAvailable, launchBrowser } from "../test/browser/support/browser.js";
import { startDemoServer } from "../test/browser/support/server.js";

/** The key pages of the guide, as a visitor first meets them; firstScreen: only what shows before scrolling. */
const PAGES: { file: string; path: string; caption: string; firstScreen?: boolean }[] = [
  { file: "home", path: "/", caption: "Home: open calls by nearest deadline, upcoming info sessions, themes" },
  { file: "calls", path: "/oproepen", caption: "Calls overview with search and facets" },
  {
    file: "call-decision",
    path: "/oproepen/esf-oproep-612-leerecosystemen",
    caption: "The top of a call page: the decision box, as the first screen shows it",
    firstScreen: true,
  },
  {
    file: "call",
    path: "/oproepen/esf-oproep-612-leerecosystemen",
    caption: "A call: decision box, deadlines, code, introduction, objectives, co-financing, contact",
  },
  {
    file: "programme",
    path: "/programmas/esf-plus",
    caption: "A programme: good to know, beneficiaries, budget, synergies, contact points",
  },
  {
    file: "event",
    path: "/evenementen/infosessie-esf-oproep-614",
    caption: "An info session: date, time, place, organiser, contact",
  },
  { file: "events-month", path: "/evenementen?view=month", caption: "The events calendar, month view" },
  { file: "theme", path: "/themas/werk-en-sociale-zaken", caption: "A theme with its calls, programmes and contact person" },
  { file: "search", path: "/zoeken?q=beroepsopleiding", caption: "Search results with highlighted hits and facets" },
];
const WIDTHS = [1280, 390];

const outDir = fileURLToPath(new URL("../docs/screenshots/", import.meta.url));

/** Saves full-page PNGs of the demo guide at a laptop and a phone width, and their index. */
async function main() {
  if (!chromiumAvailable) throw new Error(`no Chromium at ${CHROMIUM_PATH} (apt-get install -y chromium)`);
  mkdirSync(outDir, { recursive: true });
  const [server, browser] = await Promise.all([startDemoServer(), launchBrowser()]);
  try {
    for (const width of WIDTHS) {
      const context = await browser.newContext({
        viewport: { width, height: width < 600 ? 844 : 900 },
        deviceScaleFactor: 1,
        colorScheme: "light",
      });
      const page = await context.newPage();
      for (const { file, path, firstScreen } of PAGES) {
        const response = await page.goto(server.url + path);
        if (response?.status() !== 200) throw new Error(`${path} answered ${response?.status()}`);
        await page.screenshot({ path: `${outDir}${file}-${width}.png`, fullPage: !firstScreen });
        console.info(`docs/screenshots/${file}-${width}.png`);
      }
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  writeFileSync(`${outDir}README.md`, readme());
}

function readme(): string {
  const rows = PAGES.map(
    ({ file, path, caption }) => `| ${caption} | \`${path}\` | [1280 px](${file}-1280.png) | [390 px](${file}-390.png) |`,
  );
  return `# Screenshots

The demo guide in Chromium, full page, at a laptop width (1280 px) and a phone width (390 px).
Made by \`npm run screenshots\` on a fresh demo database with a fixed clock, so they only
change when the site does.

| Page | Path | Laptop | Phone |
|---|---|---|---|
${rows.join("\n")}
`;
}

await main();
