import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { sql } from "kysely";
import { afterAll, describe, expect, it } from "vitest";
import { connect } from "./connection.js";

describe("SQLite statements kept between queries", () => {
  const dir = mkdtempSync(join(tmpdir(), "subsidiegids-statements-"));
  const db = connect(`sqlite:${join(dir, "statements.sqlite")}`);
  afterAll(async () => {
    await db.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("answer the same query with new parameters and see every write in between", async () => {
    await sql`create table notes (id integer primary key, body text not null)`.execute(db.kysely);
    const count = async (like: string) =>
      (await sql<{ n: number }>`select count(*) as n from notes where body like ${like}`.execute(db.kysely)).rows[0]?.n;
    expect(await count("%")).toBe(0);
    for (let i = 0; i < 5; i++) await sql`insert into notes (body) values (${`note ${i}`})`.execute(db.kysely);
    expect(await count("%")).toBe(5);
    expect(await count("note 3")).toBe(1);
  });

  it("stream the rows of a query they keep, every time", async () => {
    const stream = async () => {
      const bodies: string[] = [];
      const query = db.kysely.selectFrom("notes" as never).select(sql<string>`body`.as("body"));
      for await (const row of query.stream()) bodies.push((row as { body: string }).body);
      return bodies;
    };
    const notes = ["note 0", "note 1", "note 2", "note 3", "note 4"];
    expect(await stream()).toEqual(notes);
    expect(await stream()).toEqual(notes);
  });

  it("survive a change of the table they read", async () => {
    await sql`alter table notes add column stars integer not null default 3`.execute(db.kysely);
    const { rows } = await sql<{ n: number }>`select count(*) as n from notes where body like ${"%"}`.execute(db.kysely);
    expect(rows[0]?.n).toBe(5);
    const stars = await sql<{ stars: number }>`select stars from notes limit 1`.execute(db.kysely);
    expect(stars.rows[0]?.stars).toBe(3);
  });
});
