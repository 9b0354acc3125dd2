import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";

const bin = fileURLToPath(new URL("../bin/subsidiegids.js", import.meta.url));
// Every case starts the command line once or twice; on a busy machine that takes a while.
const SLOW = 180_000;
const dir = mkdtempSync(join(tmpdir(), "subsidiegids-cli-"));
const run = (args: string[], env: Record<string, string> = {}) =>
  spawnSync(process.execPath, [bin, ...args], {
    encoding: "utf8",
    env: { PATH: process.env.PATH ?? "", DATA_DIR: dir, LOG_LEVEL: "silent", ...env },
    timeout: 150_000,
  });

describe("the command line", () => {
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it(
    "refuses to start with a bad configuration, one line per mistake, and exits non-zero",
    () => {
      const result = run(["serve"], { PORT: "abc", BASE_URL: "nope" });
      expect(result.status).toBe(78);
      expect(result.stderr).toContain("the configuration has 2 problem(s)");
      expect(result.stderr).toMatch(/- PORT: .*"abc"/);
      expect(result.stderr).toMatch(/- BASE_URL: .*absolute URL/);
    },
    SLOW,
  );

  it(
    "creates the first admin, and refuses a second account with the same e-mail",
    () => {
      const first = run(["users", "create", "--email", "Redactie@Example.be", "--password", "een lang wachtwoord"]);
      expect(first.status).toBe(0);
      expect(first.stdout).toContain("Created admin redactie@example.be");
      const again = run(["users", "create", "--email", "redactie@example.be", "--password", "een lang wachtwoord"]);
      expect(again.status).toBe(1);
      expect(again.stderr).toContain("already exists");
      const weak = run(["users", "create", "--email", "b@example.be", "--password", "kort"]);
      expect(weak.status).toBe(1);
      expect(weak.stderr).toContain("at least 10 characters");
      const guessable = run(["users", "create", "--email", "c@example.be", "--password", "wachtwoord123"]);
      expect(guessable.status).toBe(1);
      expect(guessable.stderr).toContain("too easy to guess");
    },
    SLOW,
  );

  it(
    "explains every command in --help",
    () => {
      const help = run(["--help"]);
      for (const command of ["serve", "worker", "jobs", "migrate", "import", "users"]) expect(help.stdout).toContain(command);
      expect(run(["import", "--help"]).stdout).toContain("--dry-run");
    },
    SLOW,
  );
});

describe("the command line when something is wrong", () => {
  const fresh = () => mkdtempSync(join(tmpdir(), "subsidiegids-cli-"));
  const oneLine = (text: string) => text.trim().split("\n");
  const seeds = fileURLToPath(new URL("../../shared/seeds", import.meta.url));

  it(
    "names a DATA_DIR that is a file in one line, and exits 78",
    () => {
      const folder = fresh();
      const file = join(folder, "not-a-folder");
      writeFileSync(file, "x");
      const result = run(["migrate"], { DATA_DIR: file });
      expect(result.status).toBe(78);
      expect(oneLine(result.stderr)).toEqual([expect.stringContaining(`DATA_DIR: ${file} is not a folder`)]);
      rmSync(folder, { recursive: true, force: true });
    },
    SLOW,
  );

  it(
    "says a damaged database file is damaged, where it is and what to do, in one line",
    () => {
      const folder = fresh();
      writeFileSync(join(folder, "subsidiegids.sqlite"), Buffer.alloc(8192, 0x5a));
      const result = run(["migrate"], { DATA_DIR: folder });
      expect(result.status).toBe(65);
      expect(oneLine(result.stderr)).toHaveLength(1);
      expect(result.stderr).toContain(join(folder, "subsidiegids.sqlite"));
      expect(result.stderr).toContain("restore a backup");
      rmSync(folder, { recursive: true, force: true });
    },
    SLOW,
  );

  it(
    "never prints a secret it refuses",
    () => {
      const result = run(["migrate"], { SESSION_SECRET: "hunter2", DATABASE_URL: "mysql://gids:Zeer-Geheim@db/gids" });
      expect(result.status).toBe(78);
      expect(result.stderr).not.toContain("hunter2");
      expect(result.stderr).not.toContain("Zeer-Geheim");
    },
    SLOW,
  );

  it(
    "answers a wrong command with one line and a hint to --help, and a binary file without its bytes",
    () => {
      const wrong = run(["import", "xlsx", "/tmp"]);
      expect(wrong.status).toBe(1);
      expect(oneLine(wrong.stderr)).toEqual([expect.stringContaining("Unknown format"), expect.stringContaining("--help")]);
      const folder = fresh();
      const binary = join(folder, "calls.csv");
      writeFileSync(binary, randomBytes(1 << 20));
      const garbage = run(["import", "csv", binary], { DATA_DIR: folder });
      expect(garbage.status).not.toBe(0);
      expect(garbage.stderr.length).toBeLessThan(1000);
      expect(garbage.stderr).not.toMatch(/[^\P{C}\n]/u);
      rmSync(folder, { recursive: true, force: true });
    },
    SLOW,
  );

  it(
    "on a fresh folder prints only JSON with --json, and a dry run creates nothing",
    () => {
      const folder = fresh();
      const result = run(["import", "pages", seeds, "--dry-run", "--json"], { DATA_DIR: folder, LOG_LEVEL: "info" });
      expect(result.status).toBe(0);
      const report = JSON.parse(result.stdout) as { committed: boolean; counts: { created: number } };
      expect(report.committed).toBe(false);
      expect(report.counts.created).toBeGreaterThan(0);
      expect(readdirSync(folder)).toEqual([]);
      rmSync(folder, { recursive: true, force: true });
    },
    SLOW,
  );
});
