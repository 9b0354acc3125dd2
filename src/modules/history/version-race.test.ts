import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, DIALECTS, type TestDb } from "../../../test/support/dialects.js";
import { buildCall } from "../../../test/support/factories.js";
import { startProcess } from "../../../test/support/processes.js";
import { holdRecord, untilWaiting } from "../../../test/support/row-lock.js";
import { callInput } from "../calls/call.input.js";
import { callStore } from "../calls/call.store.js";
import { type CatalogueWriter, createCatalogueWriter } from "./catalogue-writer.js";
import { VersionConflict } from "./version-conflict.js";

for (const dialect of DIALECTS) {
  describe(`saves racing for one version (${dialect})`, () => {
    let db: TestDb;
    let writer: CatalogueWriter;
    beforeAll(async () => {
      db = await createTestDb(dialect);
      writer = createCatalogueWriter(db.kysely);
    });
    afterAll(() => db.destroy());

    const stored = async (id: number) => {
      const call = await db.kysely
        .selectFrom("calls")
        .select(["title", "version"])
        .where("id", "=", id)
        .executeTakeFirstOrThrow();
      const revisions = await db.kysely
        .selectFrom("revisions")
        .select(["version", "actor"])
        .where("entityType", "=", "call")
        .where("entityId", "=", id)
        .orderBy("version")
        .execute();
      return { ...call, revisions };
    };

    it("names who saved in between, and when, in Dutch and in English", async () => {
      const { id, ...input } = await buildCall(writer);
      const at = new Date("2026-11-30T14:05:00Z");
      await writer.save(callStore, {
        id,
        expectedVersion: 1,
        input: callInput.parse({ ...input, title: "Eerste" }),
        actor: "An Peeters",
        now: at,
      });
      const refused = await writer
        .save(callStore, { id, expectedVersion: 1, input: callInput.parse({ ...input, title: "Tweede" }), actor: "Bram" })
        .catch((error: unknown) => error);
      expect(refused).toBeInstanceOf(VersionConflict);
      const conflict = refused as VersionConflict;
      expect(conflict).toMatchObject({ code: "version_conflict", status: 409, latest: { actor: "An Peeters", version: 2 } });
      expect(conflict.messageIn("nl")).toContain("An Peeters heeft dit record intussen bewaard, op 30 november 2026 om 15:05.");
      expect(conflict.messageIn("en")).toContain("An Peeters saved this record in the meantime, on 30 November 2026 at 15:05.");
      expect(await stored(id)).toMatchObject({ title: "Eerste", version: 2 });
    });

    it("lets exactly one of two saves from the same version through, in one process", async () => {
      const { id, ...input } = await buildCall(writer);
      const lock = await holdRecord(db, "calls", id);
      const saves = ["Eerste", "Tweede"].map((title) =>
        writer
          .save(callStore, { id, expectedVersion: 1, input: callInput.parse({ ...input, title }), actor: title })
          .then((result) => result.outcome)
          .catch((error: unknown) => (error instanceof VersionConflict ? `conflict with ${error.latest.actor}` : error)),
      );
      // On PostgreSQL both saves have read version 1 and wait for the row before letting go.
      await untilWaiting(lock, 2, dialect);
      await lock.release();
      const outcomes = await Promise.all(saves);
      const winner = outcomes.indexOf("updated") === 0 ? "Eerste" : "Tweede";
      expect(outcomes.sort()).toEqual([`conflict with ${winner}`, "updated"]);
      expect(await stored(id)).toEqual({
        title: winner,
        version: 2,
        revisions: [
          { version: 1, actor: "test" },
          { version: 2, actor: winner },
        ],
      });
    }, 60_000);

    it("lets exactly one of two saves from separate processes through", async () => {
      const { id } = await buildCall(writer);
      const lock = await holdRecord(db, "calls", id);
      const editors = ["An", "Bram"].map((name) =>
        startProcess("test/support/save-call.process.ts", [db.url, String(id), `Titel van ${name}`, name]),
      );
      await Promise.all(editors.map((editor) => editor.lineWith("ready")));
      // SQLite cannot say who waits for its lock: give both processes a moment to ask for it.
      if (dialect === "sqlite") await new Promise((resolve) => setTimeout(resolve, 300));
      await untilWaiting(lock, 2, dialect);
      await lock.release();
      const ends = await Promise.all(editors.map((editor) => editor.exited));
      expect(ends.map((end) => end.code)).toEqual([0, 0]);
      const outcomes = ends.map((end) => JSON.parse(end.stdout.trim().split("\n").at(-1) ?? "{}"));
      const winner = outcomes.findIndex((o) => o.outcome === "updated");
      expect(winner).toBeGreaterThanOrEqual(0);
      const name = ["An", "Bram"][winner];
      expect(outcomes[1 - winner]).toMatchObject({ outcome: "conflict", savedBy: name });
      expect(outcomes[1 - winner].nl).toContain(`${name} heeft dit record intussen bewaard`);
      expect(await stored(id)).toEqual({
        title: `Titel van ${name}`,
        version: 2,
        revisions: [
          { version: 1, actor: "test" },
          { version: 2, actor: name },
        ],
      });
    }, 120_000);

    it("refuses a second revision with the same version", async () => {
      const { id } = await buildCall(writer);
      const revision = {
        entityType: "call",
        entityId: id,
        version: 1,
        actor: "x",
        createdAt: "",
        changedFields: "[]",
        snapshot: "{}",
      };
      await expect(db.kysely.insertInto("revisions").values(revision).execute()).rejects.toThrow(/unique/i);
    });
  });
}
