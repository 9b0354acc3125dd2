import { describe, expect, it } from "vitest";
import { useCatalogueSuite } from "../../../test/support/catalogue-suite.js";
import { DIALECTS } from "../../../test/support/dialects.js";
import { createTestApp, visibleText } from "../../../test/support/test-app.js";

for (const dialect of DIALECTS) {
  describe(`a bounded queue per process (${dialect})`, () => {
    const suite = useCatalogueSuite(dialect);

    it("refuses what it cannot take at once with 503 and Retry-After, and still answers probes", async () => {
      const { app } = createTestApp(suite.db, { env: { MAX_IN_FLIGHT: "2" } });
      const answers = await Promise.all(
        Array.from({ length: 12 }, (_, i) => app.request(i % 3 === 2 ? `/api/v1/calls?q=oproep${i}` : `/zoeken?q=oproep${i}`)),
      );
      const served = answers.filter((r) => r.status === 200);
      const refused = answers.filter((r) => r.status === 503);
      expect(served.length).toBeGreaterThanOrEqual(2);
      expect(refused.length).toBeGreaterThan(0);
      expect(served.length + refused.length).toBe(12);
      for (const res of refused) {
        expect(res.headers.get("retry-after")).toBe("1");
        expect(res.headers.get("cache-control")).toBe("no-store");
        const body = await res.text();
        if (res.headers.get("content-type")?.includes("problem")) expect(body).toContain("erg druk");
        else expect(visibleText(body)).toContain("erg druk");
      }
      const during = Array.from({ length: 4 }, () => app.request("/zoeken?q=druk"));
      expect((await app.request("/readyz")).status).toBe(200);
      await Promise.all(during);
      expect((await app.request("/zoeken?q=daarna")).status).toBe(200);
    });

    it("lets the event loop come round between answers, so new connections are accepted while many requests wait", async () => {
      const { app } = createTestApp(suite.db);
      let answered = 0;
      const asked = Array.from({ length: 30 }, async (_, i) => {
        const res = await app.request(`/zoeken?q=oproep+${["erasmus", "klimaat", "onderwijs"][i % 3]}${i}`);
        answered++;
        return res.status;
      });
      // What the loop does once per turn (accepting a connection, reading sockets) happens before the answers are done.
      const answeredAtNextTurn = await new Promise<number>((resolve) => setImmediate(() => resolve(answered)));
      expect(answeredAtNextTurn).toBeLessThan(30);
      expect(await Promise.all(asked)).toEqual(asked.map(() => 200));
    });

    it("refuses a request that waited behind a long stretch of answering, and serves again once the loop comes round", async () => {
      const { app } = createTestApp(suite.db, { env: { MAX_LOOP_DELAY_MS: "50" } });
      await new Promise((resolve) => setTimeout(resolve, 30));
      const first = app.request("/zoeken?q=vooraf");
      // A long synchronous stretch, as when answers keep the process busy while others wait in their sockets.
      const until = Date.now() + 200;
      while (Date.now() < until);
      const late = app.request("/zoeken?q=wachtte");
      expect((await first).status).toBe(200);
      expect((await late).status).toBe(503);
      expect((await late).headers.get("retry-after")).toBe("1");
      expect((await app.request("/readyz")).status).toBe(200);
      await new Promise((resolve) => setTimeout(resolve, 30));
      expect((await app.request("/zoeken?q=wachtte")).status).toBe(200);
    });

    it("answers a kept call page while feeds that are made wait for a place, then makes the feeds", async () => {
      const { app, deps } = createTestApp(suite.db, { env: { MAX_COSTLY_IN_PROGRESS: "1" } });
      const callPage = `/oproepen/${suite.data.open.slug}`;
      expect((await app.request(callPage)).status).toBe(200);
      let finish = () => {};
      // The one place is taken, as by a feed that takes long to make.
      const taken = deps.load.costly.make(() => new Promise<void>((resolve) => (finish = resolve)));
      let feedsAnswered = 0;
      const feeds = ["erasmus", "klimaat", "onderwijs"].map(async (q, i) => {
        const path = [`/oproepen/feed.rss?q=${q}`, `/zoeken/feed.atom?q=${q}`, `/oproepen/export.csv?q=${q}`][i] as string;
        const res = await app.request(path);
        feedsAnswered++;
        return res.status;
      });
      expect((await app.request(callPage)).status).toBe(200);
      expect(feedsAnswered).toBe(0);
      finish();
      await taken;
      expect(await Promise.all(feeds)).toEqual([200, 200, 200]);
    });

    it("refuses a feed that waited too long for a place with 503 and Retry-After, and makes it once a place is free", async () => {
      const { app, deps } = createTestApp(suite.db, { env: { MAX_COSTLY_IN_PROGRESS: "1", MAX_LOOP_DELAY_MS: "50" } });
      let finish = () => {};
      const taken = deps.load.costly.make(() => new Promise<void>((resolve) => (finish = resolve)));
      const refused = await app.request("/zoeken/agenda.ics?q=wachtrij");
      expect(refused.status).toBe(503);
      expect(refused.headers.get("retry-after")).toBe("1");
      expect(refused.headers.get("cache-control")).toBe("no-store");
      expect(visibleText(await refused.text())).toContain("erg druk");
      finish();
      await taken;
      await new Promise((resolve) => setTimeout(resolve, 30));
      const made = await app.request("/zoeken/agenda.ics?q=wachtrij");
      expect(made.status).toBe(200);
      expect(await made.text()).toContain("BEGIN:VCALENDAR");
    });
  });
}
