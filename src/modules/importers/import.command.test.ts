import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Command, CommanderError } from "commander";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, DIALECTS, type TestDb } from "../../../test/support/dialects.js";
import { createCatalogueWriter } from "../history/catalogue-writer.js";
import { registerImportCommand } from "./import.command.js";

const seeds = new URL("../../../../shared/seeds/", import.meta.url).pathname;
const FEED = new URL("../../../../shared/data/eu-ft/sedia-feed-2026-08-22.json", import.meta.url).pathname;

/**
 * The real portal feed as the portal sent it on a bad night: one title three times over, one
 * copy per line (past 500 characters), and one record that truly cannot be stored.
 */
function messyFeed(): { path: string; code: string; title: string } {
  const feed = JSON.parse(readFileSync(FEED, "utf8")) as { grants: Record<string, unknown>[] };
  const repeated = feed.grants[5] as Record<string, unknown>;
  const title = String(repeated.title);
  repeated.title = [title, `  ${title}  `, title].join("\n");
  expect(String(repeated.title).length).toBeGreaterThan(500);
  feed.grants.push({ ...feed.grants[7], id: "99999999TOPICSen", identifier: "BROKEN-2027-01", deadlineDate: "binnenkort" });
  const path = join(mkdtempSync(join(tmpdir(), "eu-ft-")), "feed.json");
  writeFileSync(path, JSON.stringify(feed));
  return { path, code: String(repeated.identifier), title };
}

for (const dialect of DIALECTS) {
  describe(`subsidiegids import (${dialect})`, () => {
    let db: TestDb;
    beforeAll(async () => {
      db = await createTestDb(dialect);
    });
    afterAll(() => db.destroy());

    /** Runs the command as the CLI would, collecting what it prints and how it ends. */
    async function run(...args: string[]) {
      let out = "";
      let err = "";
      const program = new Command().exitOverride().configureOutput({ writeOut: (s) => (out += s), writeErr: (s) => (err += s) });
      registerImportCommand(program, async () => ({ writer: createCatalogueWriter(db.kysely), close: async () => {} }));
      const exitCode = await program
        .parseAsync(["node", "subsidiegids", "import", ...args])
        .then(() => 0)
        .catch((error: unknown) => {
          if (error instanceof CommanderError) return error.exitCode;
          throw error;
        });
      return { out, err, exitCode };
    }
    const calls = async () =>
      Number(
        (
          await db.kysely
            .selectFrom("calls")
            .select((eb) => eb.fn.countAll().as("n"))
            .executeTakeFirstOrThrow()
        ).n,
      );

    it("a dry run reports what would be created and writes nothing", async () => {
      const { out, exitCode } = await run("pages", seeds, "--dry-run");
      expect(exitCode).toBe(0);
      expect(out).toMatch(/^Import \(dry run, nothing written\): 38 created, 0 updated, 0 unchanged, 1 skipped, 0 rejected/);
      expect(out).toContain("created  programme esf-plus");
      expect(out).toMatch(/Warnings:\n(.*\n)*.*003_c1463564273ef2ba\.txt:84: heading "Wie komt in aanmerking/);
      expect(await calls()).toBe(0);
    });

    it("imports, then reports every record unchanged on a second run, as JSON when asked", async () => {
      expect((await run("pages", seeds)).exitCode).toBe(0);
      expect(await calls()).toBe(4);
      const { out } = await run("pages", seeds, "--json");
      expect(JSON.parse(out).counts).toEqual({ created: 0, updated: 0, unchanged: 38, skipped: 1, rejected: 0 });
    });

    it("refuses a malformed page with a reason and a failing exit code", async () => {
      const dir = mkdtempSync(join(tmpdir(), "pages-"));
      writeFileSync(join(dir, "bad.txt"), "Titel\n\nDeadline\n\nooit\n");
      const { out, err, exitCode } = await run("pages", dir);
      expect(exitCode).toBe(1);
      expect(out).toMatch(/Rejected:\n\s+\S*bad\.txt:5: Deadline "ooit" is not a date/);
      expect(err).toContain("1 record(s) rejected");
    });

    const portalCalls = async () =>
      Number(
        (
          await db.kysely
            .selectFrom("calls")
            .where("source", "=", "eu-ft")
            .select((eb) => eb.fn.countAll().as("n"))
            .executeTakeFirstOrThrow()
        ).n,
      );

    it("keeps the valid records of a portal feed by default, names the broken one, and exits with 2", async () => {
      const feed = messyFeed();
      const strict = await run("eu-ft", feed.path, "--all-or-nothing");
      expect(strict.exitCode).toBe(1);
      expect(strict.out).toContain('Rejected:\n  feed.json#grants[723] BROKEN-2027-01: deadline "binnenkort" is not a date');
      expect(strict.err).toContain("1 record(s) rejected; nothing written.");
      expect(await portalCalls()).toBe(0);

      const { out, err, exitCode } = await run("eu-ft", feed.path);
      expect(exitCode).toBe(2);
      expect(out).toMatch(/^Import \(written\): \d+ created, 0 updated, \d+ unchanged, 0 skipped, 1 rejected/);
      expect(out).toContain("feed.json#grants[723] BROKEN-2027-01: deadline");
      expect(err).toContain("1 record(s) rejected; the other");
      expect(await portalCalls()).toBe(723);
      const repeated = await db.kysely.selectFrom("calls").select("title").where("code", "=", feed.code).executeTakeFirst();
      expect(repeated?.title).toBe(feed.title);
    }, 120_000);

    it("names the formats it knows in its help and when given another", async () => {
      const help = await run("--help");
      expect(help.out).toMatch(/Formats:\n(.*\n)*\s+pages\s+pages of the origin guide/);
      expect(help.out).toContain("--all-or-nothing");
      expect(help.out).toContain("2 written without\nthe rejected records");
      const unknown = await run("word", seeds);
      expect(unknown.exitCode).toBe(1);
      expect(unknown.err).toMatch(/Unknown format "word"; choose one of: .*pages/);
    });
  });
}
