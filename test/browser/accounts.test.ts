import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import { issueToken } from "../../src/modules/accounts/account-tokens.js";
import { createUser } from "../../src/modules/accounts/user.repository.js";
import { createSession, SESSION_COOKIE } from "../../src/platform/http/session.js";
import { linkIn, startSmtpInbox } from "../support/smtp-inbox.js";
import { axeViolations, describeViolations } from "./support/axe.js";
import { describeInBrowser, launchBrowser } from "./support/browser.js";
import { focused, tabUntil } from "./support/keyboard.js";
import { DEMO_NOW, type DemoServer, startDemoServer } from "./support/server.js";

const PASSWORD = "lange zin met woorden 42";

describeInBrowser("account pages in a real browser", () => {
  let server: DemoServer;
  let inbox: Awaited<ReturnType<typeof startSmtpInbox>>;
  let browser: Awaited<ReturnType<typeof launchBrowser>>;
  let users = 0;

  beforeAll(async () => {
    inbox = await startSmtpInbox();
    [server, browser] = await Promise.all([startDemoServer({ SMTP_URL: inbox.url }), launchBrowser()]);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await inbox?.close();
  });

  async function member() {
    const email = `lid${++users}@example.be`;
    const created = await createUser(server.db.kysely, { email, password: PASSWORD }, DEMO_NOW);
    if (!created.ok) throw created.error;
    return { id: created.value.id, email };
  }

  async function withPage(run: (page: Page, context: BrowserContext) => Promise<void>) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    try {
      await run(await context.newPage(), context);
    } finally {
      await context.close();
    }
  }

  async function expectAccessible(page: Page, what: string) {
    const violations = await axeViolations(page);
    expect(violations, `${what}: ${describeViolations(violations)}`).toEqual([]);
  }

  for (const lang of ["nl", "en"] as const) {
    const at = (nl: string, en: string) => (lang === "nl" ? nl : en);

    it(`register, login, forgot and reset pass axe-core in ${lang}, also showing their errors`, async () => {
      const { id } = await member();
      const token = await issueToken(server.db.kysely, id, "reset", new Date());
      await withPage(async (page) => {
        for (const path of [
          at("/registreren", "/en/register"),
          at("/inloggen", "/en/login"),
          at("/inloglink", "/en/login-link"),
          at("/wachtwoord-vergeten", "/en/forgot-password"),
          `${at("/wachtwoord-herstellen", "/en/reset-password")}?token=${token}`,
        ]) {
          await page.goto(server.url + path);
          await expectAccessible(page, path);
        }
        await page.goto(server.url + at("/registreren", "/en/register"));
        await page.fill("input[name=email]", "geen adres");
        await page.fill("input[name=password]", "kort");
        await page.locator("main form button[type=submit]").click();
        await page.waitForLoadState();
        expect(await page.locator("[role=alert]").count()).toBe(1);
        await expectAccessible(page, "register with errors");
      });
    });

    it(`the settings page passes axe-core in ${lang}, also showing an error`, async () => {
      const { id } = await member();
      await withPage(async (page, context) => {
        const token = await createSession(server.db.kysely, id, DEMO_NOW);
        await context.addCookies([{ name: SESSION_COOKIE, value: token, url: server.url }]);
        await page.goto(`${server.url}${at("/account", "/en/account")}`);
        expect(await page.locator("h1").innerText()).toBe(at("Accountinstellingen", "Account settings"));
        await expectAccessible(page, "settings");
        await page.fill("#password-currentPassword", "niet mijn wachtwoord 1");
        await page.fill("#password-password", "nog een lange zin 55");
        await page.locator("#password-currentPassword").press("Enter");
        await page.waitForLoadState();
        expect(await page.locator("#password-currentPassword").getAttribute("aria-invalid")).toBe("true");
        await expectAccessible(page, "settings with an error");
      });
    });
  }

  it("registers and confirms the address with the keyboard alone", async () => {
    const email = "toetsenbord@example.be";
    await withPage(async (page) => {
      await page.goto(server.url);
      const register = await tabUntil(page, (el) => el.tag === "a" && el.text === "Registreren");
      expect(register.indicator).toBe(true);
      await page.keyboard.press("Enter");
      await page.waitForURL(/\/registreren/);

      const field = await tabUntil(page, (el) => el.id === "register-email");
      expect(field.indicator).toBe(true);
      await page.keyboard.type(email);
      await page.keyboard.press("Tab");
      expect((await focused(page))?.id).toBe("register-password");
      await page.keyboard.type(PASSWORD);
      await page.keyboard.press("Tab");
      expect((await focused(page))?.id).toBe("register-name");
      await page.keyboard.type("Toets Enbord");
      await page.keyboard.press("Tab");
      const submit = await focused(page);
      expect(submit).toMatchObject({ tag: "button", text: "Account maken", indicator: true });
      await page.keyboard.press("Enter");
      await page.waitForLoadState();
      expect(await page.locator("main").innerText()).toContain(`We stuurden een e-mail naar ${email}.`);

      await page.goto(server.url + linkIn(await inbox.latest(email)));
      const confirm = await tabUntil(page, (el) => el.tag === "button" && el.text === "Bevestigen");
      expect(confirm.indicator).toBe(true);
      await page.keyboard.press("Enter");
      await page.waitForURL(/\/mijn-gids/);
      expect(await page.locator("main").innerText()).toContain("Je e-mailadres is bevestigd.");
    });
  });
});
