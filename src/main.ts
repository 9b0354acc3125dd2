import { existsSync } from "node:fs";
import { Command } from "commander";
import { type Config, loadConfig } from "./config.js";
import { jobModules } from "./jobs.js";
import { registerUsersCommand } from "./modules/accounts/users.command.js";
import { registerAlertsCommand } from "./modules/alerts/alerts.command.js";
import { registerImportCommand } from "./modules/importers/import.command.js";
import { registerBackupCommand } from "./platform/db/backup.command.js";
import { registerMigrateCommand } from "./platform/db/migrate.command.js";
import { failureLine, printable } from "./platform/failure-line.js";
import { registerServeCommand } from "./platform/http/serve.command.js";
import { registerJobsCommand } from "./platform/jobs/jobs.command.js";
import { registerWorkerCommand } from "./platform/jobs/worker.command.js";
import { registerMailCommand } from "./platform/mail/mail.command.js";
import { createLogger, openRuntime } from "./runtime.js";
import { version } from "./version.js";

/** One entry point: `subsidiegids serve | worker | jobs | mail | migrate | import | users | backup | alerts ...`. */
const program = new Command()
  .name("subsidiegids")
  .description("Subsidiegids: the guide to European funding for Flemish organisations.")
  .version(version)
  .showHelpAfterError("Run the command with --help to see how to use it.")
  // Errors are one line of plain text, even when they quote a binary file.
  .configureOutput({ outputError: (text, write) => write(`${printable(text)}\n`) })
  .addHelpText("after", "\nConfiguration comes from environment variables; see the README.");

let loaded: Config | undefined;
const config = () => {
  loaded ??= loadConfig();
  return loaded;
};
registerServeCommand(program, config, jobModules);
registerWorkerCommand(program, config, jobModules);
registerJobsCommand(program, config);
registerMailCommand(program, config);
registerMigrateCommand(program, config);
registerImportCommand(program, ({ dryRun }) => {
  const cfg = config();
  // A dry run on a folder without a database creates none: it runs against an empty one in memory.
  const fresh = dryRun && cfg.databaseKind === "sqlite" && !existsSync(cfg.DATABASE_URL.slice("sqlite:".length));
  // Logs go to stderr, so stdout holds only the report (JSON with --json).
  return openRuntime(fresh ? { ...cfg, DATABASE_URL: "sqlite::memory:" } : cfg, { log: createLogger(cfg, 2) });
});
registerUsersCommand(program, config);
registerBackupCommand(program, config);
registerAlertsCommand(program, () => openRuntime(config(), { log: createLogger(config(), 2) }));

try {
  await program.parseAsync(process.argv);
} catch (error) {
  const failure = failureLine(error, loaded);
  process.stderr.write(`${failure.line}\n`);
  process.exit(failure.exitCode);
}
