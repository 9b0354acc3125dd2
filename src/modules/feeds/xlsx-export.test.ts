import { fileURLToPath } from "node:url";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, DIALECTS, type TestDb } from "../../../test/support/dialects.js";
import { createTestApp } from "../../../test/support/test-app.js";
import { euFtImporter } from "../importers/eu-ft/eu-ft.importer.js";
import { mergeImport } from "../importers/import-merger.js";

const feed = fileURLToPath(new URL("../../../../shared/data/eu-ft/sedia-feed-2026-08-22.json", import.meta.url));

/** The first sheet of a downloaded workbook, as rows of cell texts. */
async function sheetRows(res: Response): Promise<string[][]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(await res.arrayBuffer());
  const rows: string[][] = [];
  workbook.worksheets[0]?.eachRow((row) => {
    rows.push((row.values as unknown[]).slice(1).map((v) => (v === null || v === undefined ? "" : String(v))));
  });
  return rows;
}

for (const dialect of DIALECTS) {
  describe(`a search as an Excel workbook, on the real EU feed (${dialect})`, () => {
    let db: TestDb;
    let ctx: ReturnType<typeof createTestApp>;
    beforeAll(async () => {
      db = await createTestDb(dialect);
      ctx = createTestApp(db, { now: new Date("2026-09-01T10:00:00Z") });
      const report = await mergeImport(ctx.writer, await euFtImporter.read(feed, { now: ctx.now }), { actor: "import" });
      expect(report.committed).toBe(true);
    }, 300_000);
    afterAll(() => db.destroy());

    it("holds every result of the search, not just a page, with the CSV's columns", async () => {
      const total = (await ctx.deps.search.search({ q: "", types: ["call"], statuses: ["open"] }, ctx.now)).total;
      expect(total).toBeGreaterThan(100);
      const res = await ctx.app.request("/oproepen/export.xlsx?status=open");
      expect(res.status).toBe(200);
      expect(res.headers.get("content-type")).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
      expect(res.headers.get("content-disposition")).toBe('attachment; filename="subsidiegids-oproepen.xlsx"');
      const [head, ...rows] = await sheetRows(res);
      expect(head?.slice(0, 6)).toEqual(["type", "titel", "code", "status", "programma", "volgende deadline"]);
      expect(rows).toHaveLength(total);
      expect(new Set(rows.map((r) => `${r[0]} ${r[3]}`))).toEqual(new Set(["call open"]));
      expect(rows.find((r) => r[2] === "HORIZON-EIC-2026-DEFENCE-01")?.slice(1, 6)).toEqual([
        "EIC defence call",
        "HORIZON-EIC-2026-DEFENCE-01",
        "open",
        "Horizon Europe",
        "2026-10-28",
      ]);
    });

    it("is offered on the calls overview for the very search shown", async () => {
      const page = await (await ctx.app.request("/oproepen?status=open")).text();
      expect(page).toMatch(/<a href="\/oproepen\/export\.xlsx\?status=open[^"]*">Excel \(alle resultaten\)<\/a>/);
    });

    it("speaks English under /en", async () => {
      const res = await ctx.app.request("/en/calls/export.xlsx?q=HORIZON-CL5-2027-07-D3-17");
      const [head, first] = await sheetRows(res);
      expect(head?.slice(0, 3)).toEqual(["type", "title", "code"]);
      expect(first?.[2]).toBe("HORIZON-CL5-2027-07-D3-17");
    });
  });
}
