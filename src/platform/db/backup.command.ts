import type { Command } from "commander";
import type { Config } from "../../config.js";
import { backupDatabase } from "./backup.js";

export function registerBackupCommand(program: Command, config: () => Config): void {
  program
    .command("backup")
    .description("Copy the SQLite database to a new file while the site keeps serving (on PostgreSQL: says how with pg_dump).")
    .argument("<file>", "the new file to write; an existing file is never overwritten")
    .addHelpText("after", "\nRestore: stop the site, put the copy in place of DATA_DIR/subsidiegids.sqlite, start it again.")
    .action(async (file: string, _options: unknown, command: Command) => {
      const result = await backupDatabase(config(), file);
      if (!result.ok) command.error(result.message);
      console.log(`Backed up ${result.pages} pages to ${file}.`);
    });
}
