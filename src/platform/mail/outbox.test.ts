import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, DIALECTS, type TestDb } from "../../../test/support/dialects.js";
import { enqueueMail, outboxMessageId } from "./outbox.js";

const mail = (uniqueKey: string, subject = "Uw overzicht") => ({
  uniqueKey,
  to: "an@example.be",
  subject,
  html: "<p>Nieuw</p>",
  text: "Nieuw",
  headers: { "List-Unsubscribe": "<https://subsidiegids.be/afmelden/x>" },
  language: "nl",
  now: new Date("2026-11-30T06:00:00Z"),
});

for (const dialect of DIALECTS) {
  describe(`the outbox (${dialect})`, () => {
    let db: TestDb;
    beforeAll(async () => {
      db = await createTestDb(dialect);
    });
    afterAll(() => db.destroy());

    it("stores a built mail once under its key, whole, before anything is sent", async () => {
      const first = await enqueueMail(db.kysely, mail("digest:1:2026-11-30"));
      const again = await enqueueMail(db.kysely, mail("digest:1:2026-11-30", "Another subject"));
      expect(first.created).toBe(true);
      expect(again).toEqual({ id: first.id, created: false });
      const rows = await db.kysely
        .selectFrom("outbox")
        .innerJoin("outboxBodies", "outboxBodies.outboxId", "outbox.id")
        .selectAll()
        .where("uniqueKey", "=", "digest:1:2026-11-30")
        .execute();
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({
        recipient: "an@example.be",
        subject: "Uw overzicht",
        htmlBody: "<p>Nieuw</p>",
        textBody: "Nieuw",
        state: "queued",
        attempts: 0,
        sentAt: null,
        runAt: "2026-11-30T06:00:00.000Z",
      });
      expect(JSON.parse(rows[0]?.headers ?? "")).toEqual({ "List-Unsubscribe": "<https://subsidiegids.be/afmelden/x>" });
    });

    it("stores nothing when the transaction that decided the mail rolls back", async () => {
      await expect(
        db.kysely.transaction().execute(async (trx) => {
          await enqueueMail(trx, mail("digest:2:2026-11-30"));
          throw new Error("the digest's cursor could not move");
        }),
      ).rejects.toThrow("cursor");
      expect(await db.kysely.selectFrom("outbox").select("id").where("uniqueKey", "=", "digest:2:2026-11-30").execute()).toEqual(
        [],
      );
    });
  });
}

describe("an outbox mail's Message-ID", () => {
  it("is the same on every try and names the row and the site", () => {
    const id = outboxMessageId({ id: 42, uniqueKey: "digest:1:2026-11-30" }, "subsidiegids.be");
    expect(id).toMatch(/^<outbox\.42\.[0-9a-f]{12}@subsidiegids\.be>$/);
    expect(outboxMessageId({ id: 42, uniqueKey: "digest:1:2026-11-30" }, "subsidiegids.be")).toBe(id);
    expect(outboxMessageId({ id: 42, uniqueKey: "digest:1:2026-12-01" }, "subsidiegids.be")).not.toBe(id);
  });
});
