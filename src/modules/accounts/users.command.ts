import type { Command } from "commander";
import type { Config } from "../../config.js";
import { connect } from "../../platform/db/connection.js";
import { migrateToLatest } from "../../platform/db/migrate.js";
import { checkPassword } from "./password-policy.js";
import { ROLES, type Role, rolesFor } from "./user.input.js";
import { changeRole, createUser } from "./user.repository.js";

export function registerUsersCommand(program: Command, config: () => Config): void {
  const users = program.command("users").description("Manage user accounts.");
  users
    .command("create")
    .description("Create a user, for example the first admin of a new guide.")
    .requiredOption("--email <email>", "e-mail address (also the login)")
    .option("--name <name>", "display name")
    .option("--role <role>", `role: ${ROLES.join(", ")}`, "admin")
    .option(
      "--password <password>",
      "password (at least 10 characters, not easy to guess); default: read from SUBSIDIEGIDS_PASSWORD",
    )
    .addHelpText(
      "after",
      "\nExample:\n  subsidiegids users create --email redactie@example.be --name 'Redactie' --role admin --password '…'",
    )
    .action(async (options: { email: string; name?: string; role: string; password?: string }) => {
      const password = options.password ?? process.env.SUBSIDIEGIDS_PASSWORD;
      if (!password) return fail("Give a password with --password or SUBSIDIEGIDS_PASSWORD.");
      if (!ROLES.includes(options.role as Role)) return fail(`Unknown role "${options.role}"; use one of ${ROLES.join(", ")}.`);
      const role = options.role as Role;
      const verdict = await checkPassword(password, "en", [options.email, options.name ?? ""]);
      if (!verdict.ok) return fail(verdict.reason);
      const db = connect(config().DATABASE_URL);
      try {
        await migrateToLatest(db.kysely);
        const result = await createUser(
          db.kysely,
          { email: options.email, name: options.name ?? null, password, roles: rolesFor(role) },
          new Date(),
        );
        if (!result.ok) return fail(result.error.detail ?? result.error.messageIn("en"));
        console.log(`Created ${role} ${result.value.email} (id ${result.value.id}).`);
      } finally {
        await db.close();
      }
    });
  users
    .command("set-role")
    .description("Give a user another role; they are logged out everywhere and log in again with it.")
    .requiredOption("--email <email>", "e-mail address of the user")
    .requiredOption("--role <role>", `role: ${ROLES.join(", ")}`)
    .addHelpText("after", "\nExample:\n  subsidiegids users set-role --email an@example.be --role editor")
    .action(async (options: { email: string; role: string }) => {
      if (!ROLES.includes(options.role as Role)) return fail(`Unknown role "${options.role}"; use one of ${ROLES.join(", ")}.`);
      const db = connect(config().DATABASE_URL);
      try {
        await migrateToLatest(db.kysely);
        if (!(await changeRole(db.kysely, options.email, options.role as Role)))
          return fail(`No user has the e-mail ${options.email}.`);
        console.log(`${options.email.toLowerCase()} is now ${options.role}; their sessions have ended.`);
      } finally {
        await db.close();
      }
    });
}

function fail(message: string): void {
  console.error(`Error: ${message}`);
  process.exitCode = 1;
}
