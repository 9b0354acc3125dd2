import { SingleBar } from "cli-progress";
import type { Command } from "commander";
import { AppError } from "../../errors.js";
import type { CatalogueWriter } from "../history/catalogue-writer.js";
import type { Importer } from "./import-batch.js";
import { mergeImport } from "./import-merger.js";
import { importReportText } from "./import-report-text.js";
import { importers } from "./registry.js";

type Open = (options: { dryRun: boolean }) => Promise<{ writer: CatalogueWriter; close(): Promise<void> }>;

/** A bar is worth drawing for long files only, and only for a person at a terminal. */
const barFrom = 200;

/** `subsidiegids import <format> <path>`: read a file or folder, merge it in one transaction, report. */
export function registerImportCommand(program: Command, open: Open): void {
  const formats = Object.values(importers);
  program
    .command("import")
    .description("Import a file or folder into the catalogue in one transaction; re-importing the same file changes nothing.")
    .argument("<format>", `the file's format: ${formats.map((i) => i.format).join(", ")}`)
    .argument("<path>", "a file, or a folder of files")
    .option("--dry-run", "report what would change without writing anything")
    .option("--skip-invalid", "write the valid records and name the broken ones (the default for eu-ft)")
    .option("--all-or-nothing", "one broken record rejects the whole import (the default for pages and csv)")
    .option("--json", "print the report as JSON")
    .addHelpText("after", helpText(formats))
    .action(
      async (
        format: string,
        path: string,
        options: { dryRun?: boolean; skipInvalid?: boolean; allOrNothing?: boolean; json?: boolean },
        command: Command,
      ) => {
        const importer = importers[format];
        if (!importer) command.error(`Unknown format "${format}"; choose one of: ${formats.map((i) => i.format).join(", ")}.`);
        if (options.skipInvalid && options.allOrNothing) command.error("Choose --skip-invalid or --all-or-nothing, not both.");
        const skipInvalid = options.skipInvalid || (!options.allOrNothing && importer.onInvalid === "keep-valid");
        const out = command.configureOutput();
        const write = (text: string) => (out.writeOut ?? ((s: string) => process.stdout.write(s)))(text);
        const progress = progressBar(!options.json && process.stderr.isTTY === true);
        let report: Awaited<ReturnType<typeof mergeImport>>;
        try {
          const batch = await importer.read(path, { now: new Date(), onProgress: progress.update });
          const { writer, close } = await open({ dryRun: options.dryRun === true });
          try {
            report = await mergeImport(writer, batch, {
              actor: `import:${format}`,
              dryRun: options.dryRun,
              skipInvalid,
              onProgress: progress.update,
            });
          } finally {
            await close();
          }
        } catch (error) {
          if (error instanceof AppError) command.error(`${error.messageIn("en")} ${error.detail ?? ""}`.trim());
          throw error;
        } finally {
          progress.stop();
        }
        write(
          options.json ? `${JSON.stringify(report, null, 2)}\n` : importReportText(report, { dryRun: options.dryRun === true }),
        );
        const rejected = report.rejected.length;
        if (rejected && skipInvalid) {
          const kept = report.counts.created + report.counts.updated + report.counts.unchanged;
          const written = report.committed ? "written" : "would be written";
          command.error(`${rejected} record(s) rejected; the other ${kept} ${written}.`, {
            code: "subsidiegids.import.partial",
            exitCode: PARTIAL_EXIT,
          });
        }
        if (rejected) command.error(`${rejected} record(s) rejected; nothing written.`, { code: "subsidiegids.import.rejected" });
      },
    );
}

/** Written, but not everything: a cron job can tell it from a refused import (1) and from a clean one (0). */
const PARTIAL_EXIT = 2;

function helpText(formats: Importer[]): string {
  return `
Formats:
${formats.map((i) => `  ${i.format.padEnd(8)} ${i.description}`).join("\n")}

Broken records: a portal feed (eu-ft) keeps its valid records and names each broken one
with its reason; files people write (pages, csv) are refused as a whole so they can be
fixed. --skip-invalid and --all-or-nothing choose the other way.
Exit status: 0 imported, 1 nothing written (a broken file or record), 2 written without
the rejected records.
`;
}

/** One bar for reading, then writing; drawn on stderr so stdout stays the report. */
function progressBar(enabled: boolean) {
  let bar: SingleBar | null = null;
  return {
    update: (done: number, total: number) => {
      if (!enabled || total < barFrom) return;
      if (!bar || bar.getTotal() !== total) {
        bar?.stop();
        bar = new SingleBar({ stream: process.stderr, format: "{bar} {value}/{total}", hideCursor: true });
        bar.start(total, 0);
      }
      bar.update(done);
    },
    stop: () => bar?.stop(),
  };
}
