import { readFile } from "node:fs/promises";
import { basename } from "node:path";
import { AppError } from "../../../errors.js";
import type { Importer } from "../import-batch.js";
import { createCallsBatch } from "./calls-batch.js";
import { readFeed } from "./feed-shape.js";
import { readGrantsTenders } from "./grants-tenders-shape.js";
import { asArray, asRecord, type ShapeReading } from "./portal-topic.js";
import { readSearchApi } from "./search-api-shape.js";
import { loadThemeMapping } from "./theme-mapping.js";
import { topicToCall } from "./topic-to-call.js";

export const EU_FT_SOURCE = "eu-ft";

/** The EU Funding & Tenders Portal's data, in any of the three shapes it is published in. */
export const euFtImporter: Importer = {
  format: "eu-ft",
  description: "EU Funding & Tenders Portal: the normalised feed, the search-API answer or grantsTenders.json",
  onInvalid: "keep-valid",
  async read(path, { onProgress }) {
    const file = basename(path);
    const reading = readShape(await readJson(path), file);
    const themes = loadThemeMapping();
    const collector = createCallsBatch(themes);
    const { batch } = collector;
    batch.warnings.push(...reading.warnings);
    const kept = new Map<string, string>();
    const topics = reading.topics;
    for (const [index, topic] of topics.entries()) {
      onProgress?.(index + 1, topics.length);
      if (topic.isTender) {
        batch.skipped.push({ origin: topic.origin, reason: "a tender (procurement), not a grant" });
        continue;
      }
      const copyOf = topic.externalId ? kept.get(topic.externalId) : undefined;
      if (copyOf) {
        batch.skipped.push({ origin: topic.origin, reason: `duplicate copy (${topic.language}) of ${copyOf}` });
        continue;
      }
      if (topic.language !== "en") {
        batch.skipped.push({ origin: topic.origin, reason: `a ${topic.language} copy; the guide imports the English text` });
        continue;
      }
      const result = topicToCall(topic, themes, EU_FT_SOURCE);
      if (!result.ok) {
        batch.rejected.push({ origin: topic.origin, reason: result.reason });
        continue;
      }
      kept.set(result.call.externalId as string, topic.origin);
      collector.addCall(topic.origin, result.call, result.programme);
    }
    return collector.finish();
  },
};

async function readJson(path: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    throw new AppError("import_failed", `${path}: ${(error as Error).message}`);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new AppError("import_failed", `${path}: not valid JSON (${(error as Error).message})`);
  }
}

/** Which of the portal's shapes a file is, by the place its records live. */
function readShape(data: unknown, file: string): ShapeReading {
  const root = asRecord(data);
  if (Array.isArray(root.grants)) return { topics: readFeed(root.grants, file), warnings: [] };
  if (Array.isArray(root.results)) return readSearchApi(root.results, file);
  const grantsTenders = asRecord(root.fundingData).GrantTenderObj;
  if (Array.isArray(grantsTenders)) return { topics: readGrantsTenders(asArray(grantsTenders), file), warnings: [] };
  throw new AppError(
    "import_failed",
    `${file}: not EU Funding & Tenders data (expected "grants", "results" or "fundingData.GrantTenderObj")`,
  );
}
