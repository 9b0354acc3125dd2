import { SingleBar } from "cli-progress";
import type { Command } from "commander";
import { AppError } from "../../errors.js";
import type { CatalogueWriter } from "../history/catalogue-writer.js";
import { mergeImport } from "./import-merger.js";
import { importReportText } from "./import-report-text.js";
import { importers } from "./registry.js";

type Open = () => Promise<{ writer: CatalogueWriter; close(): Promise<void> }>;

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
    .option("--skip-invalid", "write the valid records and report the broken ones, instead of rejecting the whole import")
    .option("--json", "print the report as JSON")
    .addHelpText("after", `\nFormats:\n${formats.map((i) => `  ${i.format.padEnd(8)} ${i.description}`).join("\n")}\n`)
    .action(
      async (
        format: string,
        path: string,
        options: { dryRun?: boolean; skipInvalid?: boolean; json?: boolean },
        command: Command,
      ) => {
        const importer = importers[format];
        if (!importer) command.error(`Unknown format "${format}"; choose one of: ${formats.map((i) => i.format).join(", ")}.`);
        const out = command.configureOutput();
        const write = (text: string) => (out.writeOut ?? ((s: string) => process.stdout.write(s)))(text);
        const progress = progressBar(!options.json && process.stderr.isTTY === true);
        let report: Awaited<ReturnType<typeof mergeImport>>;
        try {
          const batch = await importer.read(path, { now: new Date(), onProgress: progress.update });
          const { writer, close } = await open();
          try {
            report = await mergeImport(writer, batch, {
              actor: `import:${format}`,
              dryRun: options.dryRun,
              skipInvalid: options.skipInvalid,
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
        if (report.rejected.length)
          command.error(`${report.rejected.length} record(s) rejected.`, { code: "subsidiegids.import.rejected" });
      },
    );
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
