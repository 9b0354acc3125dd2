import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, DIALECTS, type TestDb } from "../../../test/support/dialects.js";
import { brusselsDate } from "../../platform/time/brussels.js";
import { callStatus } from "../calls/call-status.js";
import { type CatalogueWriter, createCatalogueWriter } from "../history/catalogue-writer.js";
import { seedDemoIfEmpty } from "./seed-demo.js";

// The last Sunday of March: Brussels moves to summer time, a day that catches date arithmetic mistakes.
const now = new Date("2026-03-29T08:00:00.000Z");
const DAY = 24 * 60 * 60 * 1000;

for (const dialect of DIALECTS) {
  describe(`the demo guide (${dialect})`, () => {
    let db: TestDb;
    let writer: CatalogueWriter;
    let seeded: boolean;
    beforeAll(async () => {
      db = await createTestDb(dialect);
      writer = createCatalogueWriter(db.kysely);
      seeded = await seedDemoIfEmpty(db.kysely, writer, now);
    });
    afterAll(() => db.destroy());

    const count = async (table: "themes" | "beneficiaryTypes" | "programmes" | "calls" | "events" | "articles" | "revisions") =>
      Number(
        (
          await db.kysely
            .selectFrom(table)
            .select((eb) => eb.fn.countAll().as("n"))
            .executeTakeFirstOrThrow()
        ).n,
      );

    it("fills an empty catalogue with every theme, beneficiary type and a full set of records", async () => {
      expect(seeded).toBe(true);
      expect(await count("themes")).toBe(16);
      expect(await count("beneficiaryTypes")).toBe(13);
      expect(await count("programmes")).toBeGreaterThanOrEqual(5);
      expect(await count("calls")).toBeGreaterThanOrEqual(16);
      expect(await count("events")).toBeGreaterThanOrEqual(9);
      expect(await count("articles")).toBeGreaterThanOrEqual(3);
      const themes = await db.kysely.selectFrom("themes").select(["nameNl", "contactId"]).execute();
      expect(themes.map((t) => t.nameNl)).toContain("EU-uitbreiding/buitenlandse acties");
      expect(themes.every((t) => t.contactId !== null)).toBe(true);
    });

    it("describes every programme fully, with its regulation on EUR-Lex and a contact point", async () => {
      const programmes = await db.kysely.selectFrom("programmes").selectAll().execute();
      for (const p of programmes) {
        expect([p.shortName, p.period, p.managementMode, p.introduction, p.objectives, p.budgetAmountEur]).not.toContain(null);
      }
      expect(programmes.map((p) => p.cofinancing)).toContain("tbc");
      expect(programmes.map((p) => p.maxDuration)).toContain("tbc");
      const legislation = await db.kysely.selectFrom("programmeLegislation").select(["programmeId", "url"]).execute();
      const contacts = await db.kysely.selectFrom("programmeContacts").select("programmeId").execute();
      for (const p of programmes) {
        expect(legislation.find((l) => l.programmeId === p.id)?.url).toMatch(/^https:\/\/eur-lex\.europa\.eu\//);
        expect(contacts.some((c) => c.programmeId === p.id)).toBe(true);
      }
    });

    it("shows calls in every stage: forthcoming, open, closed, rolling, without deadline and in two stages", async () => {
      const calls = await db.kysely.selectFrom("calls").select(["id", "opensOn", "closesAt", "isRolling", "language"]).execute();
      const statuses = calls.map((c) => callStatus(c, now));
      expect(new Set(statuses)).toEqual(new Set(["forthcoming", "open", "closed"]));
      expect(calls.some((c) => c.isRolling === 1)).toBe(true);
      expect(new Set(calls.map((c) => c.language))).toEqual(new Set(["nl", "en"]));

      const deadlines = await db.kysely.selectFrom("callDeadlines").select(["callId", "dueOn", "dueTime", "label"]).execute();
      // Without a deadline, in a programme that still runs: open, deadline unknown.
      const withoutDeadline = calls.filter((c) => c.isRolling === 0 && !deadlines.some((d) => d.callId === c.id));
      expect(withoutDeadline.length).toBeGreaterThan(0);
      expect(withoutDeadline.map((c) => callStatus(c, now))).toContain("open");
      const staged = deadlines.filter((d) => d.label !== null);
      expect(staged.map((d) => d.label)).toEqual(expect.arrayContaining(["fase 1", "fase 2", "stage 1", "stage 2"]));
      expect(deadlines.some((d) => d.dueTime === "17:00")).toBe(true);
      expect(deadlines.some((d) => d.dueTime === null)).toBe(true);
      // Calendar days in Brussels, as a visitor counts them ("nog 5 dagen").
      const today = Date.parse(brusselsDate(now));
      const daysLeft = deadlines.map((d) => (Date.parse(d.dueOn) - today) / DAY);
      expect(daysLeft).toEqual(expect.arrayContaining([5, 12, 25]));
    });

    it("splits the co-financing of the newcomers call between AMIF, VVSG and own funds", async () => {
      const shares = await db.kysely
        .selectFrom("callCofinancingShares")
        .innerJoin("calls", "calls.id", "callCofinancingShares.callId")
        .select(["callCofinancingShares.source", "bound", "percent"])
        .where("calls.code", "=", "Oproep 614")
        .orderBy("callCofinancingShares.position")
        .execute();
      expect(shares.map((s) => [s.source.split(" ")[0], s.bound, Number(s.percent)])).toEqual([
        ["AMIF", "max", 25],
        ["VVSG", "max", 25],
        ["eigen", "min", 50],
      ]);
    });

    it("has info sessions behind us, some with a recording, and sessions still to come", async () => {
      const events = await db.kysely.selectFrom("events").select(["startsAt", "recordingUrl", "isOnline"]).execute();
      const past = events.filter((e) => Date.parse(e.startsAt) < now.getTime());
      const upcoming = events.filter((e) => Date.parse(e.startsAt) > now.getTime());
      expect(past.length).toBeGreaterThan(0);
      expect(upcoming.length).toBeGreaterThan(0);
      expect(past.some((e) => e.recordingUrl !== null)).toBe(true);
      expect(new Set(events.map((e) => e.isOnline))).toEqual(new Set([0, 1]));
    });

    it("does nothing the second time, not even a revision", async () => {
      const before = await Promise.all((["programmes", "calls", "events", "articles", "revisions"] as const).map(count));
      expect(await seedDemoIfEmpty(db.kysely, writer, new Date(now.getTime() + 7 * DAY))).toBe(false);
      const after = await Promise.all((["programmes", "calls", "events", "articles", "revisions"] as const).map(count));
      expect(after).toEqual(before);
    });
  });
}
