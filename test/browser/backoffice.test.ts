import type { Page } from "playwright-core";
import { expect, it } from "vitest";
import { rolesFor } from "../../src/modules/accounts/user.input.js";
import { createUser } from "../../src/modules/accounts/user.repository.js";
import { axeViolations, describeViolations } from "./support/axe.js";
import { describeInBrowser } from "./support/browser.js";
import { useDemoBrowser } from "./support/demo-browser.js";
import { DEMO_NOW } from "./support/server.js";

const PASSWORD = "lange zin met woorden 42";

describeInBrowser("the back office in a real browser", () => {
  const suite = useDemoBrowser();
  let admins = 0;

  /** Logs in through the login form with the keyboard only, as an admin (who sees every back-office page). */
  async function signedIn(lang: "nl" | "en"): Promise<Page> {
    const email = `beheer${++admins}@example.be`;
    const created = await createUser(
      suite.server.db.kysely,
      { email, name: "An Peeters", password: PASSWORD, roles: rolesFor("admin") },
      DEMO_NOW,
    );
    if (!created.ok) throw created.error;
    const page = await (await suite.browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
    await page.goto(`${suite.server.url}${lang === "nl" ? "/inloggen" : "/en/login"}`);
    await page.focus('input[name="email"]');
    await page.keyboard.type(email);
    await page.keyboard.press("Tab");
    await page.keyboard.type(PASSWORD);
    await Promise.all([page.waitForNavigation(), page.keyboard.press("Enter")]);
    return page;
  }

  async function expectAccessible(page: Page, what: string) {
    const violations = await axeViolations(page);
    expect(violations, `${what}: ${describeViolations(violations)}`).toEqual([]);
  }

  /**
   * Focuses a field the way Tab would reach it and types into it. Date and time inputs take
   * their value as a whole: typing into their segments depends on the browser's locale.
   */
  async function type(page: Page, name: string, text: string) {
    const field = page.locator(`[name="${name}"]`);
    await field.focus();
    if (["date", "time"].includes((await field.getAttribute("type")) ?? "")) return field.fill(text);
    await page.keyboard.press("ControlOrMeta+A");
    await page.keyboard.type(text);
  }

  async function press(page: Page, button: string) {
    await page.focus(`button[name="action"][value="${button}"]`);
    await Promise.all([page.waitForNavigation(), page.keyboard.press("Enter")]);
  }

  for (const lang of ["nl", "en"] as const) {
    it(`every back-office page passes axe-core in ${lang}, its error summary included`, async () => {
      const page = await signedIn(lang);
      const root = lang === "nl" ? "/beheer" : "/en/admin";
      const s =
        lang === "nl"
          ? {
              calls: "oproepen",
              programmes: "programmas",
              events: "evenementen",
              articles: "artikels",
              themes: "themas",
              beneficiaries: "begunstigden",
              contacts: "contacten",
              log: "logboek",
              rev: "revisies",
              new: "nieuw",
              merge: "samenvoegen",
              labels: "importlabels",
              imports: "importeren",
              users: "gebruikers",
            }
          : {
              calls: "calls",
              programmes: "programmes",
              events: "events",
              articles: "articles",
              themes: "themes",
              beneficiaries: "beneficiaries",
              contacts: "contacts",
              log: "log",
              rev: "revisions",
              new: "new",
              merge: "merge",
              labels: "import-labels",
              imports: "import",
              users: "users",
            };
      const db = suite.server.db.kysely;
      const first = async (table: "calls" | "programmes" | "events" | "articles" | "themes" | "beneficiaryTypes" | "contacts") =>
        (await db
          .selectFrom(table as "calls")
          .select(["id", "slug"])
          .orderBy("id")
          .limit(2)
          .execute()) as {
          id: number;
          slug: string;
        }[];
      const records = {
        calls: await first("calls"),
        programmes: await first("programmes"),
        events: await first("events"),
        articles: await first("articles"),
        themes: await first("themes"),
        beneficiaries: await first("beneficiaryTypes"),
        contacts: await first("contacts"),
      };
      const [merged, kept] = records.programmes as unknown as [{ slug: string }, { slug: string }];
      const [mergedContact, keptContact] = records.contacts as unknown as [{ slug: string }, { slug: string }];
      const paths = [
        root,
        `${root}/${s.calls}?state=published&sort=title&dir=asc`,
        `${root}/${s.merge}`,
        `${root}/${s.merge}?kind=programme&merged=${merged.slug}&kept=${kept.slug}`,
        `${root}/${s.merge}?kind=contact&merged=${mergedContact.slug}&kept=${keptContact.slug}`,
        `${root}/${s.contacts}?usedBy=calls&sort=updatedAt&dir=desc`,
        `${root}/${s.labels}`,
        `${root}/${s.imports}`,
        `${root}/${s.users}`,
        `${root}/${s.log}`,
      ];
      for (const section of ["calls", "programmes", "events", "articles", "themes", "beneficiaries", "contacts"] as const) {
        const record = records[section][0] as { id: number };
        paths.push(
          `${root}/${s[section]}`,
          `${root}/${s[section]}/${s.new}`,
          `${root}/${s[section]}/${record.id}`,
          `${root}/${s[section]}/${record.id}/${s.rev}`,
        );
      }
      for (const path of paths) {
        const res = await page.goto(suite.server.url + path);
        expect(res?.status(), path).toBe(200);
        await expectAccessible(page, path);
      }
      // The import preview, of a file a browser uploads.
      await page.goto(`${suite.server.url}${root}/${s.imports}`);
      await page.selectOption("#import-format", "csv");
      await page.setInputFiles("#import-file", "examples/imports/calls.csv");
      await Promise.all([page.waitForNavigation(), page.click('form[enctype="multipart/form-data"] button[type="submit"]')]);
      expect(await page.locator("h1").textContent()).toContain(lang === "nl" ? "Voorvertoning" : "Preview");
      await expectAccessible(page, "the import preview");
      // A new event's form, refused with its error summary.
      await page.goto(`${suite.server.url}${root}/${s.events}/${s.new}`);
      await type(page, "contactEmail", "geen adres");
      await press(page, "save");
      expect(await page.locator(".error-summary").count()).toBe(1);
      await expectAccessible(page, "the new event form with its errors");
      // The event's calls picker after a search, by keyboard: Enter in the search box searches.
      await type(page, "callSearch", "esf");
      await Promise.all([page.waitForNavigation(), page.keyboard.press("Enter")]);
      expect(await page.locator('input[name="calls[]"]').count()).toBeGreaterThan(0);
      await expectAccessible(page, "the event form with the calls it found");
      // A contact refused for its phone number.
      await page.goto(`${suite.server.url}${root}/${s.contacts}/${s.new}`);
      await type(page, "name", "Nieuw contact");
      await type(page, "phone", "bel me");
      await press(page, "save");
      expect(await page.locator(".error-summary").count()).toBe(1);
      await expectAccessible(page, "the new contact form with its errors");
      // With script, a contact picked in a call's row fills the row at once, and the pick is cleared.
      await page.goto(`${suite.server.url}${root}/${s.calls}/${s.new}`);
      await type(page, "contacts.0.pick", keptContact.slug);
      await page.keyboard.press("Tab");
      expect(await page.inputValue('[name="contacts.0.name"]')).not.toBe("");
      expect(await page.inputValue('[name="contacts.0.pick"]')).toBe("");
      await page.goto(`${suite.server.url}${root}/${s.calls}/${s.new}`);
      await type(page, "deadlines.0.date", "2027-02-30");
      await press(page, "save");
      expect(await page.locator(".error-summary").count()).toBe(1);
      // The summary takes the focus, so a keyboard user hears it first.
      expect(
        await page.evaluate(
          () => (globalThis as unknown as { document: { activeElement: { id: string } } }).document.activeElement.id,
        ),
      ).toBe("error-summary");
      await expectAccessible(page, "the new call form with its errors");
      await page.context().close();
    }, 300_000);
  }

  it("an editor creates a call with two deadlines by keyboard, publishes it, finds it, moves a deadline and sees the revision and the change", async () => {
    const page = await signedIn("nl");
    await page.goto(`${suite.server.url}/beheer/oproepen/nieuw`);
    await type(page, "title", "Toetsenbordoproep voor scholen");
    await type(page, "slug", "toetsenbordoproep");
    await type(page, "deadlines.0.date", "2027-03-05");
    await type(page, "deadlines.0.time", "17:00");
    await press(page, "add:deadlines");
    await type(page, "deadlines.1.date", "2027-09-15");
    await type(page, "deadlines.1.label", "Tweede ronde");
    await type(page, "introduction", "Een oproep **voor scholen**.");
    // Enter in a field presses the form's first button: Opslaan.
    await page.focus('[name="code"]');
    await Promise.all([page.waitForNavigation(), page.keyboard.press("Enter")]);
    expect(page.url(), (await page.textContent(".error-summary").catch(() => "")) ?? "").toMatch(/\/beheer\/oproepen\/\d+$/);
    const editor = page.url();
    await press(page, "publish");
    expect(await page.textContent("body")).toContain("Gepubliceerd.");

    await page.goto(`${suite.server.url}/zoeken?q=toetsenbordoproep`);
    expect(await page.textContent("main")).toContain("Toetsenbordoproep voor scholen");

    await page.goto(editor);
    await type(page, "deadlines.1.date", "2027-10-01");
    await press(page, "publish");
    await page.goto(`${editor}/revisies`);
    const revisions = (await page.textContent("main")) ?? "";
    expect(revisions).toContain("Versie 3 (huidige versie)");
    expect(revisions).toContain("2027-10-01");
    const change = await suite.server.db.kysely
      .selectFrom("changeRecords")
      .innerJoin("calls", "calls.id", "changeRecords.entityId")
      .select(["changeRecords.field", "changeRecords.newValue"])
      .where("calls.slug", "=", "toetsenbordoproep")
      .where("changeRecords.field", "=", "deadlines")
      .execute();
    expect(change).toHaveLength(1);
    await page.goto(`${suite.server.url}/oproepen/toetsenbordoproep`);
    const publicText = (await page.textContent("main")) ?? "";
    expect(publicText).toContain("Wat is er gewijzigd");
    await page.context().close();
  }, 180_000);
});
