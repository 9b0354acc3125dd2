import { describe, expect, it } from "vitest";
import { parseConfig } from "./config.js";

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
});
