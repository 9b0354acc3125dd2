import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";

const bin = fileURLToPath(new URL("../bin/subsidiegids.js", import.meta.url));
const dir = mkdtempSync(join(tmpdir(), "subsidiegids-cli-"));
const run = (args: string[], env: Record<string, string> = {}) =>
  spawnSync(process.execPath, [bin, ...args], {
    encoding: "utf8",
    env: { PATH: process.env.PATH ?? "", DATA_DIR: dir, LOG_LEVEL: "silent", ...env },
    timeout: 60_000,
  });

describe("the command line", () => {
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("refuses to start with a bad configuration, one line per mistake, and exits non-zero", () => {
    const result = run(["serve"], { PORT: "abc", BASE_URL: "nope" });
    expect(result.status).toBe(78);
    expect(result.stderr).toContain("the configuration has 2 problem(s)");
    expect(result.stderr).toMatch(/- PORT: .*"abc"/);
    expect(result.stderr).toMatch(/- BASE_URL: .*absolute URL/);
  });

  it("creates the first admin, and refuses a second account with the same e-mail", () => {
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
  });

  it("explains every command in --help", () => {
    const help = run(["--help"]);
    for (const command of ["serve", "worker", "jobs", "migrate", "import", "users"]) expect(help.stdout).toContain(command);
    expect(run(["import", "--help"]).stdout).toContain("--dry-run");
  });
});
