import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import { parse } from "csv-parse/sync";
import { AppError } from "../../../errors.js";
import { createCallsBatch } from "../eu-ft/calls-batch.js";
import { loadThemeMapping } from "../eu-ft/theme-mapping.js";
import { topicToCall } from "../eu-ft/topic-to-call.js";
import { emptyBatch, type ImportBatch, type Importer } from "../import-batch.js";
import { HORIZON_COLUMNS, horizonRowToTopic } from "./horizon-row.js";
import { TEMPLATE_COLUMNS, templateRowToCall } from "./template-row.js";

export const HORIZON_CSV_SOURCE = "horizon-csv";

type Row = Record<string, string | undefined>;

/** The editors' CSV template (see docs/import-csv.md), and the Horizon Europe topics list. */
export const csvImporter: Importer = {
  format: "csv",
  description: "CSV: the editors' template (one call per row), or the Horizon Europe topics list",
  onInvalid: "reject-file",
  async read(path, { onProgress }) {
    const file = basename(path);
    const rows = parseRows(await readText(path), file);
    const columns = Object.keys(rows[0] ?? {});
    // Rows are numbered as a spreadsheet shows them: the header is row 1.
    const origin = (index: number) => `${file}:row ${index + 2}`;
    if (HORIZON_COLUMNS.every((c) => columns.includes(c))) return readHorizon(rows, origin, onProgress);
    if (columns.includes("title")) return readTemplate(rows, origin, onProgress);
    throw new AppError("import_failed", `${file}: unknown columns; the template needs at least "title" (see docs/import-csv.md)`);
  },
};

type Progress = ((done: number, total: number) => void) | undefined;

function readTemplate(rows: Row[], origin: (index: number) => string, onProgress: Progress): ImportBatch {
  const batch = emptyBatch();
  const unknown = Object.keys(rows[0] ?? {}).filter((c) => !(TEMPLATE_COLUMNS as readonly string[]).includes(c));
  if (unknown.length) batch.warnings.push({ origin: origin(-1), reason: `columns ignored: ${unknown.join(", ")}` });
  const seen = new Map<string, string>();
  for (const [index, row] of rows.entries()) {
    onProgress?.(index + 1, rows.length);
    const result = templateRowToCall(row);
    if (!result.ok) {
      batch.rejected.push({ origin: origin(index), reason: result.reason });
      continue;
    }
    const earlier = seen.get(result.call.slug);
    if (earlier) {
      batch.rejected.push({ origin: origin(index), reason: `the same call as ${earlier} (slug ${result.call.slug})` });
      continue;
    }
    seen.set(result.call.slug, origin(index));
    batch.items.push({ origin: origin(index), kind: "call", input: result.call });
  }
  return batch;
}

function readHorizon(rows: Row[], origin: (index: number) => string, onProgress: Progress): ImportBatch {
  const themes = loadThemeMapping();
  const collector = createCallsBatch(themes);
  const seen = new Map<string, string>();
  for (const [index, row] of rows.entries()) {
    onProgress?.(index + 1, rows.length);
    const result = topicToCall(horizonRowToTopic(row, origin(index)), themes, HORIZON_CSV_SOURCE);
    if (!result.ok) {
      collector.batch.rejected.push({ origin: origin(index), reason: result.reason });
      continue;
    }
    const earlier = seen.get(result.call.slug);
    if (earlier) {
      collector.batch.skipped.push({ origin: origin(index), reason: `duplicate of ${earlier}` });
      continue;
    }
    seen.set(result.call.slug, origin(index));
    collector.addCall(origin(index), result.call, result.programme);
  }
  return collector.finish();
}

async function readText(path: string): Promise<string> {
  try {
    return await readFile(path, "utf8");
  } catch (error) {
    throw new AppError("import_failed", `${path}: ${(error as Error).message}`);
  }
}

/** Comma or semicolon separated (spreadsheets in Belgium save with semicolons), with or without BOM. */
function parseRows(text: string, file: string): Row[] {
  const header = text.replace(/^\uFEFF/, "").split(/\r?\n/, 1)[0] ?? "";
  const delimiter = header.split(";").length > header.split(",").length ? ";" : ",";
  try {
    return parse(text, {
      bom: true,
      columns: (names: string[]) => names.map((n) => n.trim()),
      delimiter,
      skip_empty_lines: true,
      trim: false,
    });
  } catch (error) {
    throw new AppError("import_failed", `${file}: ${(error as Error).message}`);
  }
}
