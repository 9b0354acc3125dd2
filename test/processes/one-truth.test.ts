import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, DIALECTS, type TestDb } from "../support/dialects.js";
import { startProcess } from "../support/processes.js";
import { type ServeProcess, startServeProcess } from "../support/serve-process.js";
import { visibleText } from "../support/test-app.js";

/** A call and an article in the guide's plain-text page format, as an editor would write them. */
const PAGES = {
  "call.txt": `Oproep Leerecosystemen (tweede ronde): lerende buurten en gemeenten

Deadline

18 september 2099

Code

Oproep 65

Inleiding

Netwerken van bibliotheken, jeugdhuizen en scholen bouwen samen leerecosystemen uit waarin buurtbewoners hun talenten ontdekken.

Doelstellingen

 • Meer plekken waar jong en oud al doende leren.

 • Meer deelname aan levenslang leren voor inburgeraars.

Info & contact

Meer uitleg staat op de website van de beheerder.
`,
  "article.txt": `Wat mag je verwachten over 'Leerecosystemen'

Infomomenten: wat de nieuwe ronde brengt

Wat?

Een leerecosysteem verbindt organisaties uit een regio, zodat lerenden buiten de klas kansen vinden.

Met wie?

Lokale besturen, verenigingen en onderwijsinstellingen.
`,
};

/** What a visitor gets for a path: the page's text, or the API's JSON, with the status. */
async function answer(server: ServeProcess, path: string) {
  const response = await fetch(`${server.url}${path}`).catch((error: unknown) => {
    throw new Error(`${server.url}${path}: ${String(error)}; the process said:\n${server.output().slice(-3000)}`);
  });
  const body = await response.text();
  const json = response.headers.get("content-type")?.includes("json");
  return { path, status: response.status, body: json ? JSON.parse(body) : visibleText(body) };
}

/** Every serving process answers each path exactly as a process started after the writes. */
async function expectSameAsFresh(serving: ServeProcess[], fresh: ServeProcess, paths: string[]) {
  for (const path of paths) {
    const expected = await answer(fresh, path);
    expect(expected.status).toBe(200);
    for (const server of serving) expect(await answer(server, path)).toEqual(expected);
  }
}

for (const dialect of DIALECTS) {
  describe(`one truth across processes (${dialect})`, () => {
    let db: TestDb;
    let env: Record<string, string>;
    const started: ServeProcess[] = [];
    const serve = async (extra: Record<string, string> = {}) => {
      const server = await startServeProcess({ ...env, ...extra });
      started.push(server);
      return server;
    };
    beforeAll(async () => {
      db = await createTestDb(dialect);
      // One public address for all, so links in pages and the API are the same whichever process answers.
      env = { DATABASE_URL: db.url, BASE_URL: "http://localhost:3000", API_RATE_LIMIT: "100000" };
    });
    afterAll(async () => {
      await Promise.all(started.map((server) => server.stop()));
      await db.destroy();
    });

    it("every web process answers as a fresh one right after an import, then a writer, in other processes", {
      timeout: 600_000,
    }, async () => {
      const first = await serve({ SEED_DEMO: "true" }); // fills the empty database with the demo guide
      const second = await serve();
      const searchedBefore = [
        "/zoeken?q=leerecosystemen",
        "/zoeken?q=leer",
        "/zoeken?q=zonne",
        "/zoeken",
        "/oproepen?q=erasmus",
        "/oproepen?sort=newest",
        "/api/v1/calls?q=leerecosystemen",
        "/en/search?q=vocational",
        "/oproepen/feed.rss?q=leerecosystemen",
        "/zoeken/feed.atom?q=leer",
        "/sitemap.xml",
      ];
      for (const server of [first, second]) for (const path of searchedBefore) await answer(server, path);
      expect((await answer(first, "/zoeken?q=leerecosystemen")).body).not.toContain("Oproep 65");

      const folder = mkdtempSync(join(tmpdir(), "subsidiegids-pages-"));
      for (const [name, text] of Object.entries(PAGES)) writeFileSync(join(folder, name), text);
      const imported = await startProcess("src/main.ts", ["import", "pages", folder], env).exited;
      rmSync(folder, { recursive: true, force: true });
      expect(imported.stdout).toContain("2 created");
      expect(imported.code).toBe(0);

      const found = await answer(second, "/api/v1/calls?q=leerecosystemen");
      const call = found.body.items.find((item: { code: string | null }) => item.code === "Oproep 65");
      expect(call).toBeDefined();
      expect((await answer(first, "/zoeken?q=leerecosystemen")).body).toContain("Oproep 65");
      const afterImport = await serve();
      await expectSameAsFresh([first, second], afterImport, [
        ...searchedBefore,
        "/zoeken?q=inburgeraars",
        "/zoeken?q=bibliotheken+jeugdhuizen",
        `/oproepen/${call.slug}`,
        `/api/v1/calls/${call.slug}`,
      ]);

      const written = await startProcess(
        "test/support/call-writer.ts",
        ["--calls", "6", "--every", "100", "--archive", "--words", "Erasmus in de klas|Zonnepanelen op scholen|Leerecosystemen"],
        env,
      ).exited;
      expect(written.stderr).toBe("");
      expect(written.code).toBe(0);
      const calls = written.stdout
        .trim()
        .split("\n")
        .map((line) => JSON.parse(line) as { slug: string; marker: string });
      const last = calls.at(-1) as { slug: string; marker: string };
      expect((await answer(second, `/zoeken?q=${last.marker}`)).body).toContain(last.marker);
      const afterWriter = await serve();
      await expectSameAsFresh([first, second, afterImport], afterWriter, [
        ...searchedBefore,
        `/zoeken?q=${calls[1]?.marker}`,
        "/zoeken?q=zonnepanelen",
        `/oproepen/${last.slug}`,
        `/api/v1/calls/${last.slug}`,
        `/api/v1/calls?q=${last.marker}`,
      ]);

      // The imported call's page is kept by every process now; a second import moves its deadline.
      const moved = mkdtempSync(join(tmpdir(), "subsidiegids-pages-"));
      writeFileSync(join(moved, "call.txt"), PAGES["call.txt"].replace("18 september 2099", "25 september 2099"));
      const reimported = await startProcess("src/main.ts", ["import", "pages", moved], env).exited;
      rmSync(moved, { recursive: true, force: true });
      expect(reimported.code).toBe(0);
      const callPages = [`/oproepen/${call.slug}`, `/en/calls/${call.slug}`];
      expect((await answer(first, callPages[0] as string)).body).toContain("25 september 2099");
      await expectSameAsFresh([first, second, afterImport, afterWriter], await serve(), callPages);
    });
  });
}
