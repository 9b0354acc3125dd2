import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildCatalogue } from "../../../test/support/catalogue-fixture.js";
import { createTestDb, DIALECTS, type TestDb } from "../../../test/support/dialects.js";
import { buildCall } from "../../../test/support/factories.js";
import { signedInMember } from "../../../test/support/members.js";
import { createTestApp, visibleText } from "../../../test/support/test-app.js";
import { callInput } from "./call.input.js";
import { callStore } from "./call.store.js";

for (const dialect of DIALECTS) {
  describe(`call pages kept for visitors who are not signed in (${dialect})`, () => {
    let db: TestDb;
    let clock = new Date("2026-11-23T10:00:00Z");
    let kept: ReturnType<typeof createTestApp>;
    let data: Awaited<ReturnType<typeof buildCatalogue>>;
    let counting = false;
    let queries = 0;
    beforeAll(async () => {
      db = await createTestDb(dialect, {
        log: (event) => {
          if (counting && event.level === "query") queries++;
        },
      });
      kept = createTestApp(db, { clock: () => clock });
      data = await buildCatalogue(kept.writer);
    });
    afterAll(() => db.destroy());

    const textOf = async (app: ReturnType<typeof createTestApp>["app"], path: string) => {
      const res = await app.request(path);
      expect(res.status, path).toBe(200);
      return visibleText(await res.text());
    };
    /** A process that has kept nothing yet, at the same moment: what the kept page must equal. */
    const freshText = (path: string) => textOf(createTestApp(db, { clock: () => clock }).app, path);
    /** An answer of the kept process with the number of queries it cost. */
    const counted = async (path: string) => {
      queries = 0;
      counting = true;
      const res = await kept.app.request(path);
      const html = await res.text();
      counting = false;
      return { status: res.status, location: res.headers.get("location"), html, queries };
    };
    const saveCall = (id: number, version: number, input: Parameters<typeof callInput.parse>[0]) =>
      kept.writer.save(callStore, { id, expectedVersion: version, input: callInput.parse(input), actor: "redactie" });

    it("answers a kept page with one query, the one that tells whether the catalogue changed", async () => {
      const path = `/oproepen/${data.open.slug}?terug=${encodeURIComponent("/oproepen?status=open")}`;
      const rendered = await counted(path);
      const again = await counted(path);
      expect(rendered.status).toBe(200);
      expect(again.status).toBe(200);
      expect(again.html).toBe(rendered.html);
      expect(rendered.queries).toBeGreaterThan(1);
      expect(again.queries).toBe(1);
    });

    it("answers a kept page's address with 404 once its call is archived, and with a redirect once it has a new slug", async () => {
      const { id: archivedId, ...archived } = await buildCall(kept.writer, { title: "Straks gearchiveerd" });
      const { id: renamedId, ...renamed } = await buildCall(kept.writer, { title: "Straks hernoemd" });
      for (const call of [archived, renamed]) expect((await counted(`/oproepen/${call.slug}`)).status).toBe(200);
      await saveCall(archivedId, 1, { ...archived, state: "archived" });
      await saveCall(renamedId, 1, { ...renamed, slug: `${renamed.slug}-nieuw` });
      expect((await counted(`/oproepen/${archived.slug}`)).status).toBe(404);
      const moved = await counted(`/oproepen/${renamed.slug}`);
      expect(moved.status).toBe(301);
      expect(moved.location).toBe(`/oproepen/${renamed.slug}-nieuw`);
      expect(visibleText((await counted(`/oproepen/${renamed.slug}-nieuw`)).html)).toContain("Straks hernoemd");
    });

    it("shows an edit at once, as a fresh process does", async () => {
      const { id, ...input } = await buildCall(kept.writer, { title: "Bewaarde oproep", deadlines: [{ date: "2027-02-01" }] });
      const path = `/oproepen/${input.slug}`;
      expect(await textOf(kept.app, path)).toContain("1 februari 2027");
      await saveCall(id, 1, { ...input, deadlines: [{ date: "2027-02-15" }] });
      const after = await textOf(kept.app, path);
      expect(after).toContain("15 februari 2027");
      expect(after).toBe(await freshText(path));
    });

    it("reads differently when a deadline passes and when a day begins, without a write", async () => {
      const path = `/oproepen/${data.open.slug}`;
      const moments = ["2026-12-09T22:59:00Z", "2026-12-09T23:01:00Z", "2026-12-10T10:59:00Z", "2026-12-10T11:01:00Z"];
      const texts: string[] = [];
      for (const moment of moments) {
        clock = new Date(moment);
        const text = await textOf(kept.app, path);
        expect(text, moment).toBe(await freshText(path));
        texts.push(text);
      }
      // The day changed the page, then nothing until the first phase closed at noon.
      expect(texts[0]).not.toBe(texts[1]);
      expect(texts[2]).toBe(texts[1]);
      expect(texts[3]).not.toBe(texts[2]);
      clock = new Date("2026-11-23T10:00:00Z");
    });

    it("keeps nothing personal: a member sees their own follow form between visitors' pages", async () => {
      const path = `/oproepen/${data.open.slug}`;
      const member = await signedInMember(db.kysely, "lid@example.be", clock);
      const anonymousHtml = async () => (await kept.app.request(path)).text();
      expect(await anonymousHtml()).not.toContain('name="_csrf"');
      const mine = await (await kept.app.request(path, { headers: { cookie: member.cookie } })).text();
      expect(mine).toContain('name="_csrf"');
      expect(await anonymousHtml()).not.toContain('name="_csrf"');
    });

    it("sends an address with parameters it does not read to the one it does, keeping the back link", async () => {
      const path = `/oproepen/${data.open.slug}`;
      const back = encodeURIComponent("/oproepen?q=leer");
      const res = await kept.app.request(`${path}?utm_source=nieuwsbrief&terug=${back}`);
      expect(res.status).toBe(301);
      expect(res.headers.get("location")).toBe(`${path}?terug=${back}`);
      const page = await kept.app.request(`${path}?terug=${back}`);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('href="/oproepen?q=leer"');
    });
  });
}
