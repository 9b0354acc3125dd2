import type { z } from "zod";
import type { ImportItem, ImportNote } from "../import-batch.js";
import { PageError } from "./page-error.js";

/** The file a page came from: `file` as shown in messages, `stem` for stable external ids. */
export interface PageFile {
  file: string;
  stem: string;
}

/** What one page yields: its records (and the records they name) and what an editor should look at. */
export interface PageRecords {
  items: ImportItem[];
  warnings: ImportNote[];
}

export const origin = (page: PageFile, line: number) => `${page.file}:${line}`;

/** Validates a record built from a page; a violation rejects the page at the record's line. */
export function validated<S extends z.ZodType>(schema: S, input: z.input<S>, line: number): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const problems = result.error.issues.map((i) => `${i.path.join(".") || "record"}: ${i.message}`).join("; ");
  throw new PageError(line, `the record read here is not valid (${problems})`);
}
