import type { ArticleInput } from "../articles/article.input.js";
import type { CallInput } from "../calls/call.input.js";
import type { EventInput } from "../events/event.input.js";
import type { ProgrammeInput } from "../programmes/programme.input.js";
import type { BeneficiaryTypeInput, ThemeInput } from "../themes/theme.input.js";

/** Where a record came from, for messages: "seeds/000.txt:42" or "feed.json#grants[17]". */
export type Origin = string;

/**
 * One validated record an importer wants written, in dependency order within the batch.
 * `ifMissing` marks reference data a file only names (a programme, a theme): it is created
 * when absent, and an existing record is left as its editors keep it. `partial` marks a
 * record from a source that tells only part of it (an origin page): what it leaves empty
 * keeps what is stored, so importing it never wipes a field it does not mention.
 */
export type ImportItem = { origin: Origin; ifMissing?: boolean; partial?: boolean } & (
  | { kind: "theme"; input: ThemeInput }
  | { kind: "beneficiary_type"; input: BeneficiaryTypeInput }
  | { kind: "programme"; input: ProgrammeInput }
  | { kind: "call"; input: CallInput }
  | { kind: "event"; input: EventInput }
  | { kind: "article"; input: ArticleInput }
);

export interface ImportNote {
  origin: Origin;
  reason: string;
}

/** What an importer read from a file, before anything is written. */
export interface ImportBatch {
  items: ImportItem[];
  /** Records deliberately left out (tenders, duplicate language copies). */
  skipped: ImportNote[];
  /** Records that are broken: they reject the whole file, or are left out and named, as the import says. */
  rejected: ImportNote[];
  /** Things kept but worth an editor's look (an unknown heading kept as a free section). */
  warnings: ImportNote[];
}

export const emptyBatch = (): ImportBatch => ({ items: [], skipped: [], rejected: [], warnings: [] });

export interface Importer {
  format: string;
  description: string;
  /**
   * What a broken record does unless the operator says otherwise: a machine feed keeps its
   * valid records (one odd record of a thousand must not hold back the rest every night); a
   * file a person wrote is refused as a whole, to be fixed and imported again.
   */
  onInvalid: "keep-valid" | "reject-file";
  /** Reads a file or folder. A file that cannot be read at all throws AppError("import_failed"). */
  read(path: string, options: { now: Date; onProgress?: (done: number, total: number) => void }): Promise<ImportBatch>;
}
