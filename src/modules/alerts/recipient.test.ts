import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, DIALECTS, type TestDb } from "../../../test/support/dialects.js";
import { buildTheme } from "../../../test/support/factories.js";
import { signedInMember } from "../../../test/support/members.js";
import { follow } from "../following/follows.repository.js";
import { createCatalogueWriter } from "../history/catalogue-writer.js";
import { memberRecipients } from "./member-recipients.js";
import { saveSettings } from "./notification-settings.repository.js";
import { recipientBatches } from "./recipient.js";

const now = new Date("2026-11-23T10:00:00.000Z");

for (const dialect of DIALECTS) {
  describe(`digest recipients (${dialect})`, () => {
    let db: TestDb;
    beforeAll(async () => {
      db = await createTestDb(dialect);
    });
    afterAll(() => db.destroy());

    it("streams every confirmed member in batches, with defaults, chosen settings and only unmuted follows", async () => {
      const writer = createCatalogueWriter(db.kysely);
      const theme = await buildTheme(writer);
      const other = await buildTheme(writer);
      const members = [];
      for (let i = 0; i < 5; i++) members.push(await signedInMember(db.kysely, `lid${i}@example.be`, now));
      const [first, second] = members as [(typeof members)[0], (typeof members)[0]];
      await follow(db.kysely, first.id, "theme", theme.id, now);
      await follow(db.kysely, first.id, "theme", other.id, now);
      await memberRecipients.stop(db.kysely, first.id, { kind: "follow", type: "theme", id: other.id }, now);
      await saveSettings(db.kysely, second.id, { frequency: "weekly", reminderDays: [3, 14] }, now);
      await db.kysely.updateTable("users").set({ verifiedAt: null }).where("email", "=", "lid4@example.be").execute();

      const batches = [];
      for await (const batch of recipientBatches(db.kysely, [memberRecipients], 2)) batches.push(batch.map((r) => r.recipient));
      expect(batches.map((b) => b.length)).toEqual([2, 2]);
      const all = batches.flat();
      expect(all.map((r) => r.email)).toEqual(["lid0@example.be", "lid1@example.be", "lid2@example.be", "lid3@example.be"]);
      expect(all[0]).toMatchObject({ key: `user:${first.id}`, frequency: "daily", reminderDays: [30, 7, 1] });
      expect(all[0]?.follows.theme).toEqual([theme.id]);
      expect(all[1]).toMatchObject({ frequency: "weekly", reminderDays: [14, 3] });
    });
  });
}
