import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, DIALECTS, type TestDb } from "../../../test/support/dialects.js";
import { recordId, submitForm as submit } from "../../../test/support/editor-forms.js";
import { signedInEditor } from "../../../test/support/editors.js";
import { startProcess } from "../../../test/support/processes.js";
import { createTestApp } from "../../../test/support/test-app.js";
import { localMoment } from "./form-values.js";

for (const dialect of DIALECTS) {
  describe(`scheduled publishing by the worker processes (${dialect})`, () => {
    let db: TestDb;
    let ctx: ReturnType<typeof createTestApp>;
    let an: Awaited<ReturnType<typeof signedInEditor>>;
    // The editor scheduled an hour ago for half an hour ago: the workers, on the real clock, find it due.
    const scheduledAt = new Date(Date.now() - 60 * 60 * 1000);
    const due = localMoment(new Date(Date.now() - 30 * 60 * 1000).toISOString());

    beforeAll(async () => {
      db = await createTestDb(dialect);
      ctx = createTestApp(db, { clock: () => scheduledAt });
      an = await signedInEditor(ctx.app, db.kysely, { email: "an@example.be", name: "An Peeters", now: scheduledAt });
    });
    afterAll(() => db.destroy());

    it("two `subsidiegids worker` processes publish a scheduled call and a scheduled change of a published event, each once", async () => {
      const created = await submit(an.client, "/beheer/oproepen/nieuw", { title: "Geplande oproep", slug: "geplande-oproep" });
      const callId = recordId(created);
      expect((await submit(an.client, `/beheer/oproepen/${callId}`, { publishAt: due }, "schedule")).status).toBe(303);
      const event = await submit(
        an.client,
        "/beheer/evenementen/nieuw",
        { title: "Infosessie", slug: "infosessie", startsAt: "2027-02-10T10:00" },
        "publish",
      );
      const eventId = recordId(event);
      const change = await submit(
        an.client,
        `/beheer/evenementen/${eventId}`,
        { title: "Infosessie (nieuwe zaal)", publishAt: due },
        "schedule",
      );
      expect(change.status).toBe(303);

      const env = { DATABASE_URL: db.url, DATA_DIR: mkdtempSync(join(tmpdir(), "worker-")), LOG_LEVEL: "info" };
      const workers = [startProcess("src/main.ts", ["worker"], env), startProcess("src/main.ts", ["worker"], env)];
      // Both run before either is stopped: the second is no bystander that never saw the records.
      await Promise.all(workers.map((worker) => worker.lineWith("worker started")));
      const published = async () => {
        const [call, live, waiting] = await Promise.all([
          db.kysely.selectFrom("calls").select("state").where("id", "=", callId).executeTakeFirstOrThrow(),
          db.kysely.selectFrom("events").select("title").where("id", "=", eventId).executeTakeFirstOrThrow(),
          db.kysely.selectFrom("pendingRevisions").select("seq").execute(),
        ]);
        return call.state === "published" && live.title === "Infosessie (nieuwe zaal)" && waiting.length === 0;
      };
      // Waits for the workers' first round of scheduled tasks, however long a loaded machine takes to start them.
      for (let tries = 0; tries < 600 && !(await published()); tries++) await sleep(100);
      for (const worker of workers) worker.child.kill("SIGTERM");
      const ends = await Promise.all(workers.map((w) => w.exited));
      expect(ends.map((end) => end.code)).toEqual([0, 0]);
      expect(await published()).toBe(true);

      const audit = await db.kysely
        .selectFrom("auditLog")
        .select(["entityType", "entityId", "actor"])
        .where("action", "=", "scheduledPublish")
        .orderBy("entityType")
        .execute();
      expect(audit).toEqual([
        { entityType: "call", entityId: callId, actor: "system" },
        { entityType: "event", entityId: eventId, actor: "system" },
      ]);
      const revisions = await db.kysely
        .selectFrom("revisions")
        .select(["entityType", "version"])
        .where((eb) =>
          eb.or([
            eb.and([eb("entityType", "=", "call"), eb("entityId", "=", callId)]),
            eb.and([eb("entityType", "=", "event"), eb("entityId", "=", eventId)]),
          ]),
        )
        .orderBy("entityType")
        .orderBy("version")
        .execute();
      // Created, scheduled, published by a worker: no revision written twice.
      expect(revisions).toEqual([
        { entityType: "call", version: 1 },
        { entityType: "call", version: 2 },
        { entityType: "call", version: 3 },
        { entityType: "event", version: 1 },
        { entityType: "event", version: 2 },
      ]);
      const visitor = await ctx.app.request("http://localhost:3000/evenementen/infosessie");
      expect(visitor.status).toBe(200);
    }, 120_000);
  });
}
