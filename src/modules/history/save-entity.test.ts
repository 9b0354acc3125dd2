import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, DIALECTS, type TestDb } from "../../../test/support/dialects.js";
import { buildCall, buildProgramme, buildTheme } from "../../../test/support/factories.js";
import { callInput } from "../calls/call.input.js";
import { callStore } from "../calls/call.store.js";
import { type CatalogueWriter, createCatalogueWriter } from "./catalogue-writer.js";

for (const dialect of DIALECTS) {
  describe(`saving catalogue records (${dialect})`, () => {
    let db: TestDb;
    let writer: CatalogueWriter;
    beforeAll(async () => {
      db = await createTestDb(dialect);
      writer = createCatalogueWriter(db.kysely);
    });
    afterAll(() => db.destroy());

    it("stores a call with all its parts and reads back exactly what was saved", async () => {
      const theme = await buildTheme(writer);
      const programme = await buildProgramme(writer, { themes: [theme.slug] });
      const input = callInput.parse({
        slug: "leerecosystemen-fase-2",
        title: "Leerecosystemen (fase 2)",
        code: "Oproep 65",
        programme: programme.slug,
        deadlines: [
          { date: "2025-03-01", time: "17:00", label: "fase 1" },
          { date: "2025-09-12", label: "fase 2" },
        ],
        cofinancingShares: [
          { source: "AMIF", bound: "max", percent: 25 },
          { source: "eigen middelen", bound: "min", percent: 50 },
        ],
        contacts: [{ name: "An Peeters", email: "an@example.org" }],
        themes: [theme.slug],
      });
      const saved = await writer.save(callStore, { input, actor: "redactie" });
      expect(saved.outcome).toBe("created");

      const loaded = await db.kysely.transaction().execute((trx) => callStore.load(trx, saved.id));
      expect(loaded?.input).toEqual({ ...input, contacts: [{ ...input.contacts[0], label: null }] });
      expect(loaded?.version).toBe(1);

      const row = await db.kysely.selectFrom("calls").select("closesAt").where("id", "=", saved.id).executeTakeFirstOrThrow();
      // 12 September 2025 ends at 23:59:59.999 in Brussels, which is summer time (UTC+2).
      expect(row.closesAt).toBe("2025-09-12T21:59:59.999Z");
    });

    it("saving the same input again changes nothing and records nothing", async () => {
      const call = await buildCall(writer, { deadlines: [{ date: "2026-05-07", time: "17:00" }] });
      const { id, ...input } = call;
      const again = await writer.save(callStore, { input: callInput.parse(input), actor: "import" });
      expect(again).toEqual({ id, outcome: "unchanged", changed: [] });
      const revisions = await db.kysely
        .selectFrom("revisions")
        .selectAll()
        .where("entityType", "=", "call")
        .where("entityId", "=", id)
        .execute();
      expect(revisions).toHaveLength(1);
    });

    it("records a revision and old and new values of each changed field", async () => {
      const call = await buildCall(writer, { deadlines: [{ date: "2026-05-07" }] });
      const { id, ...input } = call;
      const result = await writer.save(callStore, {
        input: callInput.parse({ ...input, deadlines: [{ date: "2026-06-07" }], title: "Nieuwe titel" }),
        actor: "redacteur@example.org",
      });
      expect(result.outcome).toBe("updated");
      expect(result.changed.sort()).toEqual(["deadlines", "title"]);
      const changes = await db.kysely
        .selectFrom("changeRecords")
        .selectAll()
        .where("entityId", "=", id)
        .where("kind", "=", "updated")
        .orderBy("field")
        .execute();
      expect(changes.map((c) => [c.field, JSON.parse(c.oldValue ?? "null"), JSON.parse(c.newValue ?? "null")])).toEqual([
        ["deadlines", [{ date: "2026-05-07", time: null, label: null }], [{ date: "2026-06-07", time: null, label: null }]],
        ["title", "Testoproep", "Nieuwe titel"],
      ]);
    });

    it("refuses a save based on a stale version and keeps the stored record", async () => {
      const call = await buildCall(writer);
      const { id, ...input } = call;
      await writer.save(callStore, { id, expectedVersion: 1, input: callInput.parse({ ...input, title: "Eerste" }), actor: "a" });
      await expect(
        writer.save(callStore, { id, expectedVersion: 1, input: callInput.parse({ ...input, title: "Tweede" }), actor: "b" }),
      ).rejects.toMatchObject({ code: "version_conflict" });
      const row = await db.kysely.selectFrom("calls").select(["title", "version"]).where("id", "=", id).executeTakeFirstOrThrow();
      expect(row).toEqual({ title: "Eerste", version: 2 });
    });

    it("rejects an unknown theme without writing anything", async () => {
      const before = await db.kysely
        .selectFrom("calls")
        .select((eb) => eb.fn.countAll().as("n"))
        .executeTakeFirstOrThrow();
      await expect(buildCall(writer, { themes: ["bestaat-niet"] })).rejects.toMatchObject({ code: "invalid_input" });
      const after = await db.kysely
        .selectFrom("calls")
        .select((eb) => eb.fn.countAll().as("n"))
        .executeTakeFirstOrThrow();
      expect(Number(after.n)).toBe(Number(before.n));
    });
  });
}
