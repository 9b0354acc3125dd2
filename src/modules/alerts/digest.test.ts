import type { ParsedMail } from "mailparser";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, DIALECTS, type TestDb } from "../../../test/support/dialects.js";
import { buildProgramme, buildTheme } from "../../../test/support/factories.js";
import { signedInMember } from "../../../test/support/members.js";
import { startSmtpInbox } from "../../../test/support/smtp-inbox.js";
import { createTestApp } from "../../../test/support/test-app.js";
import { deliverDue } from "../../platform/mail/outbox-delivery.js";
import { type CallInputDraft, callInput } from "../calls/call.input.js";
import { callStore } from "../calls/call.store.js";
import { follow, isFollowing } from "../following/follows.repository.js";
import { createSavedSearch } from "../following/saved-searches.repository.js";
import { runDigests } from "./digest-run.js";
import { saveSettings, settingsOf } from "./notification-settings.repository.js";

const BASE = "http://localhost:3000";

/** A header as it was sent, folded lines joined. */
function header(mail: ParsedMail | undefined, name: string): string | undefined {
  return mail?.headerLines.find((h) => h.key === name)?.line.replace(/\r?\n\s+/g, " ");
}

for (const dialect of DIALECTS) {
  describe(`the digest (${dialect})`, () => {
    let db: TestDb;
    let ctx: ReturnType<typeof createTestApp>;
    let inbox: Awaited<ReturnType<typeof startSmtpInbox>>;
    let serial = 0;

    beforeAll(async () => {
      db = await createTestDb(dialect);
      inbox = await startSmtpInbox();
      ctx = createTestApp(db, { env: { SMTP_URL: inbox.url } });
    });
    afterAll(async () => {
      await inbox.close();
      await db.destroy();
    });

    /** Builds what is due at `at`, then the outbox delivers what it holds to the test's SMTP server. */
    async function digestsAt(at: string) {
      const report = await runDigests(
        { db: db.kysely, search: ctx.deps.search, baseUrl: BASE, digestHour: 7, batchSize: 3 },
        new Date(at),
      );
      for (;;) {
        const sent = await deliverDue({ db: db.kysely, mailer: ctx.deps.mailer, now: () => new Date() });
        if (sent.leased === 0) break;
      }
      return report;
    }

    async function member(now: string) {
      serial++;
      return signedInMember(db.kysely, `lid${serial}@example.be`, new Date(now));
    }

    async function saveCall(draft: Partial<CallInputDraft> & { title: string }, now: string, id?: number, minor = false) {
      const input = callInput.parse({ slug: `oproep-${++serial}`, publishedAt: now, ...draft });
      return ctx.writer.save(callStore, { input, actor: "test", now: new Date(now), minor, ...(id ? { id } : {}) });
    }

    async function mailsFor(address: string, count: number): Promise<ParsedMail[]> {
      await inbox.latest(address, count);
      return inbox.for(address);
    }

    it("a member who follows a theme gets one digest listing a new call in it, once; an empty period sends nothing", async () => {
      const theme = await buildTheme(ctx.writer, { nameNl: "Onderwijs", nameEn: "Education" });
      const lid = await member("2027-01-10T08:00:00Z");
      await follow(db.kysely, lid.id, "theme", theme.id, new Date("2027-01-10T08:00:00Z"));
      await saveCall(
        { title: "Leerkrachten in Europa", themes: [theme.slug], deadlines: [{ date: "2027-04-01" }] },
        "2027-01-11T15:00:00Z",
      );

      await digestsAt("2027-01-12T06:30:00Z"); // 07:30 in Brussels: the 12th's digest is due
      const [mail] = await mailsFor(lid.email, 1);
      expect(mail?.subject).toBe("Subsidiegids: nieuw voor u op 12 januari 2027");
      expect(mail?.text).toContain("Leerkrachten in Europa");
      expect(mail?.text).toContain("Omdat u volgt: thema Onderwijs");
      expect(mail?.text).toContain(`${BASE}/oproepen/`);
      expect(mail?.html).toContain('name="color-scheme"');
      expect(header(mail, "list-unsubscribe")).toMatch(new RegExp(`^List-Unsubscribe: <${BASE}/samenvatting/link/[^>]+>$`));
      expect(header(mail, "list-unsubscribe-post")).toBe("List-Unsubscribe-Post: List-Unsubscribe=One-Click");

      // The same moment again, and the next day with nothing new: no second mail.
      await digestsAt("2027-01-12T06:45:00Z");
      await digestsAt("2027-01-13T06:30:00Z");
      await new Promise((r) => setTimeout(r, 300));
      expect(inbox.for(lid.email)).toHaveLength(1);
    });

    it("a changed deadline of a followed call shows old and new; a minor change is not reported", async () => {
      const lid = await member("2027-02-01T08:00:00Z");
      const call = await saveCall({ title: "Groene daken", deadlines: [{ date: "2027-05-07" }] }, "2027-02-01T09:00:00Z");
      await follow(db.kysely, lid.id, "call", call.id, new Date("2027-02-01T10:00:00Z"));
      await digestsAt("2027-02-02T06:30:00Z");
      expect(inbox.for(lid.email)).toHaveLength(0);

      const { slug } = await db.kysely.selectFrom("calls").select("slug").where("id", "=", call.id).executeTakeFirstOrThrow();
      const moved = (date: string) => ({
        slug,
        title: "Groene daken",
        deadlines: [{ date }],
        publishedAt: "2027-02-01T09:00:00Z",
      });
      await saveCall(moved("2027-05-14"), "2027-02-02T12:00:00Z", call.id);
      await digestsAt("2027-02-03T06:30:00Z");
      const [mail] = await mailsFor(lid.email, 1);
      expect(mail?.text).toContain("Deadline: 7 mei 2027 → 14 mei 2027");

      await saveCall(moved("2027-05-15"), "2027-02-03T12:00:00Z", call.id, true);
      await digestsAt("2027-02-04T06:30:00Z");
      await new Promise((r) => setTimeout(r, 300));
      expect(inbox.for(lid.email)).toHaveLength(1);
    });

    it("reminds of a followed call's deadline 7 and 1 days before, on the right Brussels day across both clock changes", async () => {
      const lid = await member("2027-03-01T08:00:00Z");
      await saveSettings(db.kysely, lid.id, { frequency: "daily", reminderDays: [7, 1] }, new Date("2027-03-01T08:00:00Z"));
      // Summer time starts on Sunday 28 March 2027, winter time on Sunday 31 October 2027.
      const spring = await saveCall(
        { title: "Lentedeadline", deadlines: [{ date: "2027-03-29", time: "17:00" }] },
        "2027-03-01T09:00:00Z",
      );
      const autumn = await saveCall({ title: "Herfstdeadline", deadlines: [{ date: "2027-11-01" }] }, "2027-03-01T09:00:00Z");
      await follow(db.kysely, lid.id, "call", spring.id, new Date("2027-03-01T10:00:00Z"));
      await follow(db.kysely, lid.id, "call", autumn.id, new Date("2027-03-01T10:00:00Z"));

      const texts: Record<string, string> = {};
      for (const at of [
        "2027-03-21T06:30:00Z", // 22 March minus one day: nothing
        "2027-03-22T06:30:00Z", // 7 days before 29 March
        "2027-03-27T06:30:00Z", // CET, 07:30: nothing
        "2027-03-28T05:30:00Z", // CEST from 03:00, 07:30 Brussels: 1 day before
        "2027-10-25T05:30:00Z", // CEST: 7 days before 1 November
        "2027-10-31T06:30:00Z", // CET again since 03:00: 1 day before
        "2027-11-01T06:30:00Z", // the deadline day itself: no reminder at these offsets
      ]) {
        const before = inbox.for(lid.email).length;
        await digestsAt(at);
        await new Promise((r) => setTimeout(r, 200));
        const after = inbox.for(lid.email);
        texts[at] = after.length > before ? (after.at(-1)?.text ?? "") : "";
      }
      expect(texts["2027-03-21T06:30:00Z"]).toBe("");
      expect(texts["2027-03-22T06:30:00Z"]).toContain("Deadline over 7 dagen: 29 maart 2027 17:00");
      expect(texts["2027-03-27T06:30:00Z"]).toBe("");
      expect(texts["2027-03-28T05:30:00Z"]).toContain("Deadline morgen: 29 maart 2027 17:00");
      expect(texts["2027-10-25T05:30:00Z"]).toContain("Deadline over 7 dagen: 1 november 2027");
      expect(texts["2027-10-31T06:30:00Z"]).toContain("Deadline morgen: 1 november 2027");
      expect(texts["2027-10-31T06:30:00Z"]).not.toContain("Lentedeadline");
      expect(texts["2027-11-01T06:30:00Z"]).toBe("");
    });

    it("a call matching two follows and a saved search appears once, with one line saying why", async () => {
      const theme = await buildTheme(ctx.writer, { nameNl: "Digitalisering", nameEn: "Digitalisation" });
      const programme = await buildProgramme(ctx.writer, { name: "Digitaal Europa" });
      const lid = await member("2027-04-01T08:00:00Z");
      await follow(db.kysely, lid.id, "theme", theme.id, new Date("2027-04-01T08:00:00Z"));
      await follow(db.kysely, lid.id, "programme", programme.id, new Date("2027-04-01T08:00:00Z"));
      await createSavedSearch(
        db.kysely,
        lid.id,
        { name: "kmo digitalisering", query: "q=kmo", frequency: "daily" },
        new Date("2027-04-01T08:00:00Z"),
      );
      await saveCall(
        { title: "Kmo digitalisering vouchers", introduction: "Voor kmo's.", themes: [theme.slug], programme: programme.slug },
        "2027-04-01T12:00:00Z",
      );
      await digestsAt("2027-04-02T06:30:00Z");
      const [mail] = await mailsFor(lid.email, 1);
      expect(mail?.text?.match(/Kmo digitalisering vouchers/g)).toHaveLength(1);
      expect(mail?.text).toContain(
        "Omdat u volgt: thema Digitalisering, programma Digitaal Europa, zoekopdracht 'kmo digitalisering'",
      );
      const search = await db.kysely
        .selectFrom("savedSearches")
        .select("lastSeenAt")
        .where("userId", "=", lid.id)
        .executeTakeFirstOrThrow();
      expect(search.lastSeenAt).toBe("2027-04-02T05:00:00.000Z"); // 07:00 in Brussels, summer time
    });

    it("60 new calls in one day all reach the mail: 50 listed and 'nog 10 meer' with a link", async () => {
      const theme = await buildTheme(ctx.writer, { nameNl: "Zestig", nameEn: "Sixty" });
      const lid = await member("2027-05-01T08:00:00Z");
      await follow(db.kysely, lid.id, "theme", theme.id, new Date("2027-05-01T08:00:00Z"));
      for (let i = 0; i < 60; i++) {
        await saveCall({ title: `Reeksoproep ${i}`, themes: [theme.slug] }, `2027-05-01T10:${String(i).padStart(2, "0")}:00Z`);
      }
      await digestsAt("2027-05-02T06:30:00Z");
      const [mail] = await mailsFor(lid.email, 1);
      expect(mail?.text?.match(/Reeksoproep \d+/g)).toHaveLength(50);
      expect(mail?.text).toContain("Nieuwe oproepen (60)");
      expect(mail?.text).toContain(`nog 10 meer: ${BASE}/mijn-gids`);
    });

    if (dialect === "postgres")
      it("a save that commits after a digest run, below an id the run read past, is in the next digest", async () => {
        const lid = await member("2027-08-01T08:00:00Z");
        const early = await saveCall({ title: "Trage opslag", deadlines: [{ date: "2027-09-01" }] }, "2027-08-01T09:00:00Z");
        const quick = await saveCall({ title: "Snelle opslag", deadlines: [{ date: "2027-10-01" }] }, "2027-08-01T09:00:00Z");
        await follow(db.kysely, lid.id, "call", early.id, new Date("2027-08-01T09:30:00Z"));
        await follow(db.kysely, lid.id, "call", quick.id, new Date("2027-08-01T09:30:00Z"));

        // A second connection writes a change record of the first call and keeps its transaction open.
        const slow = new pg.Client({ connectionString: db.url });
        await slow.connect();
        await slow.query("begin");
        const held = await slow.query<{ id: number }>(
          `insert into change_records (entity_type, entity_id, kind, field, old_value, new_value, actor, created_at)
           values ('call', $1, 'updated', 'deadlines', $2, $3, 'test', '2027-08-01T11:00:00.000Z') returning id`,
          [
            early.id,
            JSON.stringify([{ date: "2027-09-01", time: null, label: null }]),
            JSON.stringify([{ date: "2027-09-08", time: null, label: null }]),
          ],
        );
        const { slug } = await db.kysely.selectFrom("calls").select("slug").where("id", "=", quick.id).executeTakeFirstOrThrow();
        await saveCall(
          { slug, title: "Snelle opslag", deadlines: [{ date: "2027-10-15" }], publishedAt: "2027-08-01T09:00:00Z" },
          "2027-08-01T12:00:00Z",
          quick.id,
        );
        const committed = await db.kysely
          .selectFrom("changeRecords")
          .select("id")
          .where("entityId", "=", quick.id)
          .where("field", "=", "deadlines")
          .executeTakeFirstOrThrow();
        expect(held.rows[0]?.id).toBeLessThan(committed.id);

        await digestsAt("2027-08-02T05:30:00Z"); // 07:30 in Brussels, while the first save is still open
        // The reminder 30 days before 1 September makes this day's digest; the open save is not in it.
        const [first] = await mailsFor(lid.email, 1);
        expect(first?.text).toContain("Deadline over 30 dagen: 1 september 2027");
        expect(first?.text).not.toContain("8 september 2027");
        await slow.query("commit");
        await slow.end();
        await digestsAt("2027-08-03T05:30:00Z");
        const second = (await mailsFor(lid.email, 2))[1];
        expect(second?.text).toContain("Deadline: 1 september 2027 → 8 september 2027");
        expect(second?.text).toContain("Deadline: 1 oktober 2027 → 15 oktober 2027");
        const texts = inbox.for(lid.email).map((m) => m.text ?? "");
        expect(texts.join("\n").match(/1 oktober 2027 → 15 oktober 2027/g)).toHaveLength(1);
      });

    /** The link after a label in the item of a call, in the mail's plain text. */
    function linkAfter(mail: ParsedMail | undefined, title: string, label: string): string {
      const item = (mail?.text ?? "").split("\n* ").find((part) => part.startsWith(title)) ?? "";
      const url = new RegExp(`${label}: (\\S+)`).exec(item)?.[1];
      if (!url) throw new Error(`no "${label}" link for ${title} in ${mail?.text}`);
      return url.replace(BASE, "");
    }

    const post = (path: string, body: string) =>
      ctx.app.request(path, { method: "POST", body, headers: { "content-type": "application/x-www-form-urlencoded" } });

    it("unsubscribes in one click by POST, twice, without logging in; opening the link changes nothing", async () => {
      const theme = await buildTheme(ctx.writer, { nameNl: "Klik", nameEn: "Click" });
      const lid = await member("2027-06-01T08:00:00Z");
      await follow(db.kysely, lid.id, "theme", theme.id, new Date("2027-06-01T08:00:00Z"));
      await saveCall({ title: "Eenklikoproep", themes: [theme.slug] }, "2027-06-01T12:00:00Z");
      await digestsAt("2027-06-02T06:30:00Z");
      const [mail] = await mailsFor(lid.email, 1);
      const url = /<([^>]+)>/.exec(header(mail, "list-unsubscribe") ?? "")?.[1] ?? "";
      const path = url.replace(BASE, "");

      const opened = await ctx.app.request(path);
      expect(opened.status).toBe(200);
      expect(await opened.text()).toContain("<button");
      expect((await settingsOf(db.kysely, lid.id)).frequency).toBe("daily");

      for (let i = 0; i < 2; i++) {
        const res = await post(path, "List-Unsubscribe=One-Click");
        expect(res.status).toBe(200);
        expect(await res.text()).toContain("U krijgt geen samenvattingen meer");
      }
      expect((await settingsOf(db.kysely, lid.id)).frequency).toBe("off");
      await saveCall({ title: "Na het uitschrijven", themes: [theme.slug] }, "2027-06-02T12:00:00Z");
      await digestsAt("2027-06-03T06:30:00Z");
      await new Promise((r) => setTimeout(r, 300));
      expect(inbox.for(lid.email)).toHaveLength(1);
    });

    it("'volgen' follows a call from the mail; 'niet voor ons' keeps it out of the next digests", async () => {
      const theme = await buildTheme(ctx.writer, { nameNl: "Triage", nameEn: "Triage" });
      const lid = await member("2027-07-01T08:00:00Z");
      await follow(db.kysely, lid.id, "theme", theme.id, new Date("2027-07-01T08:00:00Z"));
      const call = await saveCall(
        { title: "Triageoproep", themes: [theme.slug], deadlines: [{ date: "2027-09-01" }] },
        "2027-07-01T12:00:00Z",
      );
      const { slug } = await db.kysely.selectFrom("calls").select("slug").where("id", "=", call.id).executeTakeFirstOrThrow();
      const moved = (date: string) => ({
        slug,
        title: "Triageoproep",
        themes: [theme.slug],
        deadlines: [{ date }],
        publishedAt: "2027-07-01T12:00:00Z",
      });
      await digestsAt("2027-07-02T06:30:00Z");
      const [first] = await mailsFor(lid.email, 1);

      const followPath = linkAfter(first, "Triageoproep", "Volgen");
      expect((await ctx.app.request(followPath)).status).toBe(200);
      expect(await isFollowing(db.kysely, lid.id, "call", call.id)).toBe(false);
      expect((await post(followPath, "")).status).toBe(200);
      expect(await isFollowing(db.kysely, lid.id, "call", call.id)).toBe(true);

      await saveCall(moved("2027-09-15"), "2027-07-02T12:00:00Z", call.id);
      await digestsAt("2027-07-03T06:30:00Z");
      const second = (await mailsFor(lid.email, 2))[1];
      expect(second?.text).toContain("Deadline: 1 september 2027 → 15 september 2027");

      const asidePath = linkAfter(second, "Triageoproep", "Niet voor ons");
      const page = await (await ctx.app.request(asidePath)).text();
      expect(page).toContain('name="reason"');
      for (let i = 0; i < 2; i++) expect((await post(asidePath, "reason=Te+groot+voor+ons")).status).toBe(200);
      const triage = await db.kysely
        .selectFrom("digestTriage")
        .selectAll()
        .where("recipientKey", "=", `user:${lid.id}`)
        .execute();
      expect(triage).toMatchObject([{ callId: call.id, reason: "Te groot voor ons" }]);

      await saveCall(moved("2027-09-30"), "2027-07-03T12:00:00Z", call.id);
      await digestsAt("2027-07-04T06:30:00Z");
      await new Promise((r) => setTimeout(r, 300));
      expect(inbox.for(lid.email)).toHaveLength(2);
    });

    it("one run builds a weekly member's digest of the past week and a daily member's of the past day, each once", async () => {
      const theme = await buildTheme(ctx.writer, { nameNl: "Weekritme", nameEn: "Weekly rhythm" });
      const daily = await member("2027-09-01T08:00:00Z");
      const weekly = await member("2027-09-01T08:00:00Z");
      await saveSettings(db.kysely, weekly.id, { frequency: "weekly", reminderDays: [] }, new Date("2027-09-01T08:00:00Z"));
      for (const lid of [daily, weekly]) await follow(db.kysely, lid.id, "theme", theme.id, new Date("2027-09-01T08:00:00Z"));
      await saveCall({ title: "Vrijdagoproep", themes: [theme.slug] }, "2027-09-03T12:00:00Z");
      await saveCall({ title: "Zondagoproep", themes: [theme.slug] }, "2027-09-05T12:00:00Z");

      await digestsAt("2027-09-06T05:30:00Z"); // Monday 6 September, 07:30 in Brussels
      const [week] = await mailsFor(weekly.email, 1);
      const [day] = await mailsFor(daily.email, 1);
      expect(week?.subject).toBe("Subsidiegids: nieuw voor u in de week van 6 september 2027");
      expect(week?.text).toContain("Vrijdagoproep");
      expect(week?.text).toContain("Zondagoproep");
      expect(day?.subject).toBe("Subsidiegids: nieuw voor u op 6 september 2027");
      expect(day?.text).toContain("Zondagoproep");
      expect(day?.text).not.toContain("Vrijdagoproep");

      // Tuesday: the week's digest is out already and the day brought nothing.
      await digestsAt("2027-09-07T05:30:00Z");
      await new Promise((r) => setTimeout(r, 300));
      expect(inbox.for(weekly.email)).toHaveLength(1);
      expect(inbox.for(daily.email)).toHaveLength(1);
    });
  });
}
