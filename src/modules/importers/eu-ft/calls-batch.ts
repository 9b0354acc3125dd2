import type { CallInput } from "../../calls/call.input.js";
import type { ProgrammeInput } from "../../programmes/programme.input.js";
import { emptyBatch, type ImportBatch, type Origin } from "../import-batch.js";
import type { ThemeMapping } from "./theme-mapping.js";

/**
 * Collects converted calls into a batch in dependency order: the themes and programmes
 * they name first (created only when missing), then the calls. Used by every importer of
 * portal data, so a programme is the same record whichever file brought it.
 */
export function createCallsBatch(themes: ThemeMapping) {
  const batch = emptyBatch();
  const programmes = new Map<string, { origin: Origin; input: ProgrammeInput }>();
  const themeSlugs = new Set<string>();
  const calls: ImportBatch["items"] = [];
  return {
    batch,
    addCall(origin: Origin, call: CallInput, programme: ProgrammeInput | null) {
      if (programme && !programmes.has(programme.slug)) programmes.set(programme.slug, { origin, input: programme });
      for (const slug of call.themes ?? []) themeSlugs.add(slug);
      calls.push({ origin, kind: "call", input: call });
    },
    finish(): ImportBatch {
      batch.items = [
        ...[...themeSlugs].sort().map((slug) => ({
          origin: "theme-mapping.json",
          kind: "theme" as const,
          ifMissing: true,
          input: themes.theme(slug),
        })),
        ...[...programmes.values()].map(({ origin, input }) => ({ origin, kind: "programme" as const, ifMissing: true, input })),
        ...calls,
      ];
      return batch;
    },
  };
}
