import { availableParallelism } from "node:os";
import { describe, expect, it } from "vitest";
import { parseConfig, servedConfig } from "./config.js";

describe("configuration", () => {
  it("runs on defaults: SQLite under ./data on port 3000", () => {
    const result = parseConfig({});
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.config.PORT).toBe(3000);
    expect(result.config.databaseKind).toBe("sqlite");
    expect(result.config.DATABASE_URL).toBe("sqlite:./data/subsidiegids.sqlite");
    expect(Object.isFrozen(result.config)).toBe(true);
  });

  it("recognises PostgreSQL from DATABASE_URL", () => {
    const result = parseConfig({ DATABASE_URL: "postgres://u@db:5432/gids" });
    expect(result.ok && result.config.databaseKind).toBe("postgres");
  });

  it("reports every mistake on its own line, naming the variable and the value", () => {
    const result = parseConfig({ PORT: "eighty", DATABASE_URL: "mysql://x", BASE_URL: "localhost", SEED_DEMO: "maybe" });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toHaveLength(4);
    expect(result.errors.find((e) => e.startsWith("PORT:"))).toContain('"eighty"');
    expect(result.errors.find((e) => e.startsWith("DATABASE_URL:"))).toContain("postgres://");
    expect(result.errors.find((e) => e.startsWith("BASE_URL:"))).toContain("absolute URL");
    expect(result.errors.find((e) => e.startsWith("SEED_DEMO:"))).toContain("true or false");
  });

  it("rejects a port out of range", () => {
    const result = parseConfig({ PORT: "70000" });
    expect(!result.ok && result.errors[0]).toContain("between 0 and 65535");
  });

  it("never prints a secret, nor the password in a URL, when a value is wrong", () => {
    const result = parseConfig({
      SESSION_SECRET: "hunter2-kort",
      DATABASE_URL: "mysql://gids:Zeer-Geheim@db:3306/gids",
      SMTP_URL: "http://mail:Ook-Geheim@smtp.example",
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const text = result.errors.join("\n");
    for (const secret of ["hunter2", "Zeer-Geheim", "Ook-Geheim"]) expect(text).not.toContain(secret);
    expect(text).toContain("SESSION_SECRET: must be at least 32 characters (got a hidden value)");
    expect(text).toContain('"mysql://gids:***@db:3306/gids"');
  });

  it("refuses a production start without SESSION_SECRET or with a local BASE_URL", () => {
    const bare = parseConfig({ NODE_ENV: "production" });
    expect(!bare.ok && bare.errors).toEqual([
      expect.stringMatching(/^SESSION_SECRET: required in production/),
      expect.stringMatching(/^BASE_URL: required in production/),
    ]);
    const local = parseConfig({ NODE_ENV: "production", SESSION_SECRET: "x".repeat(40), BASE_URL: "http://127.0.0.1:3000" });
    expect(!local.ok && local.errors).toEqual(["BASE_URL: in production it must be the public address, not 127.0.0.1:3000"]);
    const good = parseConfig({ NODE_ENV: "production", SESSION_SECRET: "x".repeat(40), BASE_URL: "https://subsidiegids.be/" });
    expect(good.ok && good.config.BASE_URL).toBe("https://subsidiegids.be");
  });

  it("links to the port served when BASE_URL is not set, and to BASE_URL when it is", () => {
    const own = parseConfig({ PORT: "3101" });
    expect(own.ok && own.config.BASE_URL).toBe("http://localhost:3101");
    if (own.ok) expect(servedConfig(own.config, 41234).BASE_URL).toBe("http://localhost:41234");
    const given = parseConfig({ PORT: "3101", BASE_URL: "https://gids.example" });
    if (given.ok) expect(servedConfig(given.config, 41234).BASE_URL).toBe("https://gids.example");
  });

  it("runs one web process in development and one per core in production, unless WEB_CONCURRENCY says", () => {
    const processes = (env: Record<string, string>) => {
      const result = parseConfig(env);
      return result.ok ? result.config.WEB_CONCURRENCY : result.errors;
    };
    expect(processes({})).toBe(1);
    expect(processes({ NODE_ENV: "production", SESSION_SECRET: "s".repeat(32), BASE_URL: "https://gids.example" })).toBe(
      availableParallelism(),
    );
    expect(
      processes({
        NODE_ENV: "production",
        SESSION_SECRET: "s".repeat(32),
        BASE_URL: "https://gids.example",
        WEB_CONCURRENCY: "3",
      }),
    ).toBe(3);
    expect(processes({ WEB_CONCURRENCY: "0" })).toEqual(['WEB_CONCURRENCY: must be between 1 and 64 (got "0")']);
    expect(processes({ WEB_CONCURRENCY: "two" })).toEqual(['WEB_CONCURRENCY: must be a number (got "two")']);
  });
});
