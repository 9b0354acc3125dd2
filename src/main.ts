import { Command } from "commander";
import { loadConfig } from "./config.js";
import { jobModules } from "./jobs.js";
import { registerUsersCommand } from "./modules/accounts/users.command.js";
import { registerImportCommand } from "./modules/importers/import.command.js";
import { registerMigrateCommand } from "./platform/db/migrate.command.js";
import { registerServeCommand } from "./platform/http/serve.command.js";
import { registerJobsCommand } from "./platform/jobs/jobs.command.js";
import { registerWorkerCommand } from "./platform/jobs/worker.command.js";
import { openRuntime } from "./runtime.js";
import { version } from "./version.js";

/** One entry point: `subsidiegids serve | worker | jobs | migrate | import | users ...`. */
const program = new Command()
  .name("subsidiegids")
  .description("Subsidiegids: the guide to European funding for Flemish organisations.")
  .version(version)
  .showHelpAfterError()
  .addHelpText("after", "\nConfiguration comes from environment variables; see the README.");

const config = () => loadConfig();
registerServeCommand(program, config, jobModules);
registerWorkerCommand(program, config, jobModules);
registerJobsCommand(program, config);
registerMigrateCommand(program, config);
registerImportCommand(program, () => openRuntime(config()));
registerUsersCommand(program, config);

await program.parseAsync(process.argv);
