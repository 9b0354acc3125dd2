/**
 * Import throughput: the 723-record EU portal feed and the 1 907-row Horizon Europe CSV,
 * each into an empty database and then once more (all unchanged), on SQLite and, when
 * BENCH_DATABASE_URL or TEST_DATABASE_URL is set, PostgreSQL. Median of 3 runs.
 *
 *   npm run bench:import
 *   BENCH_IMPORT_DIALECTS=postgres BENCH_IMPORT_FORMATS=eu-ft npm run bench:import   # one row pair only
 *
 * Statements counts every SQL statement of the import in Kysely's query log: unlike the
 * seconds, it does not depend on what else the machine is doing.
 */
import { resolve } from "node:path";
import { createCatalogueWriter } from "../src/modules/history/catalogue-writer.js";
import type { Importer } from "../src/modules/importers/import-batch.js";
import { type ImportReport, mergeImport } from "../src/modules/importers/import-merger.js";
import { importers } from "../src/modules/importers/registry.js";
import { createSearchService } from "../src/modules/search/search.service.js";
import type { DialectKind } from "../src/platform/db/connection.js";
import { createTestDb } from "../test/support/dialects.js";

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const dataDir = resolve(import.meta.dirname, "../../shared/data/eu-ft");
const allInputs = [
  { label: "EU portal feed (723)", format: "eu-ft", path: `${dataDir}/sedia-feed-2026-08-22.json` },
  { label: "Horizon Europe CSV (1 907)", format: "csv", path: `${dataDir}/horizon-europe-topics-2024-07-11.csv` },
];

const picked = (name: string) => process.env[name]?.split(",").filter(Boolean);
const formats = picked("BENCH_IMPORT_FORMATS");
const inputs = allInputs.filter((input) => !formats || formats.includes(input.format));

const postgresUrl = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
if (postgresUrl) process.env.TEST_DATABASE_URL = postgresUrl;
const dialectNames = picked("BENCH_IMPORT_DIALECTS");
const dialects = (postgresUrl ? (["sqlite", "postgres"] as DialectKind[]) : (["sqlite"] as DialectKind[])).filter(
  (dialect) => !dialectNames || dialectNames.includes(dialect),
);

interface Measure {
  seconds: number;
  statements: number;
  records: number;
  peakRssMb: number;
}

let statements = 0;
const countStatements = (event: { level: string }) => {
  if (event.level === "query") statements++;
};

/** Runs work while sampling the resident set size, so short peaks are seen too. */
async function measured(work: () => Promise<number>): Promise<Measure> {
  let peak = process.memoryUsage().rss;
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss);
  }, 5);
  const counted = statements;
  const started = performance.now();
  const records = await work();
  const seconds = (performance.now() - started) / 1000;
  clearInterval(timer);
  peak = Math.max(peak, process.memoryUsage().rss);
  return { seconds, records, statements: statements - counted, peakRssMb: peak / 2 ** 20 };
}

async function importOnce(importer: Importer, path: string, db: Awaited<ReturnType<typeof createTestDb>>) {
  const batch = await importer.read(path, { now: new Date() });
  // As the CLI does: every write also updates the search index in its transaction.
  const search = createSearchService(db);
  const report = await mergeImport(createCatalogueWriter(db.kysely, [search.indexer]), batch, {
    actor: "bench",
    skipInvalid: importer.onInvalid === "keep-valid",
  });
  if (!report.committed) throw new Error(`${path}: not committed (${report.rejected[0]?.reason})`);
  return report;
}

const calls = (report: ImportReport) => report.records.filter((r) => r.kind === "call").length;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

const rows: string[][] = [];
for (const dialect of dialects) {
  for (const input of inputs) {
    const importer = importers[input.format];
    if (!importer) throw new Error(`no importer ${input.format}`);
    const first: Measure[] = [];
    const again: Measure[] = [];
    for (let run = 0; run < RUNS; run++) {
      const db = await createTestDb(dialect, { log: countStatements });
      global.gc?.();
      first.push(await measured(async () => calls(await importOnce(importer, input.path, db))));
      again.push(
        await measured(async () => {
          const report = await importOnce(importer, input.path, db);
          if (report.counts.created + report.counts.updated > 0) throw new Error("re-import changed records");
          return calls(report);
        }),
      );
      await db.destroy();
    }
    for (const [phase, measures] of [
      ["empty database", first],
      ["again (unchanged)", again],
    ] as const) {
      const seconds = median(measures.map((m) => m.seconds));
      const records = measures[0]?.records ?? 0;
      rows.push([
        dialect,
        input.label,
        phase,
        String(records),
        seconds.toFixed(2),
        Math.round(records / seconds).toString(),
        String(median(measures.map((m) => m.statements))),
        median(measures.map((m) => m.peakRssMb)).toFixed(0),
      ]);
    }
  }
}

const header = ["database", "file", "import", "calls", "seconds", "records/s", "statements", "peak RSS (MB)"];
console.log(
  `Node ${process.version}, ${RUNS} runs, medians; records/s counts the calls, the programmes and themes they name are written too.\n`,
);
console.log(`| ${header.join(" | ")} |\n|${header.map(() => "---").join("|")}|`);
for (const row of rows) console.log(`| ${row.join(" | ")} |`);
