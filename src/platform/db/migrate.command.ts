import type { Command } from "commander";
import type { Config } from "../../config.js";
import { connect } from "./connection.js";
import { migrateToLatest } from "./migrate.js";

export function registerMigrateCommand(program: Command, config: () => Config): void {
  program
    .command("migrate")
    .description("Bring the database schema up to date (also done by serve on start).")
    .action(async () => {
      const db = connect(config().DATABASE_URL);
      try {
        const { applied } = await migrateToLatest(db.kysely);
        console.log(applied.length ? `Applied: ${applied.join(", ")}` : "The database is up to date.");
      } finally {
        await db.close();
      }
    });
}
