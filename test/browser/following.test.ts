import type { BrowserContext } from "playwright-core";
import { expect, it } from "vitest";
import { createUser } from "../../src/modules/accounts/user.repository.js";
import { SESSION_COOKIE } from "../../src/platform/http/session.js";
import { followingEn } from "../../src/platform/i18n/following.en.js";
import { MEMBER_PASSWORD, signedInMember } from "../support/members.js";
import { linkIn, startSmtpInbox } from "../support/smtp-inbox.js";
import { axeViolations, describeViolations } from "./support/axe.js";
import { describeInBrowser } from "./support/browser.js";
import { useDemoBrowser } from "./support/demo-browser.js";
import { DEMO_NOW, startDemoServer } from "./support/server.js";

const BANNER_NL =
  "U heeft thema's geselecteerd om te volgen, maar deze worden niet opgeslagen zolang u niet bent ingelogd. Login of registreer om deze thema's te blijven volgen.";

describeInBrowser("following in a real browser", () => {
  const suite = useDemoBrowser();
  let members = 0;

  /** Signs the browser in as a new member, as logging in would: a session and its cookie. */
  async function signIn(context: BrowserContext) {
    const { token } = await signedInMember(suite.server.db.kysely, `volger${++members}@example.be`, DEMO_NOW);
    await context.addCookies([{ name: SESSION_COOKIE, value: token, url: suite.server.url }]);
  }

  it("keeps a theme picked while signed out in the browser, says so in the exact words, and keeps it in the account after logging in", async () => {
    const context = await suite.browser.newContext();
    try {
      const page = await context.newPage();
      await page.goto(`${suite.server.url}/themas/onderwijs`);
      const banner = page.locator("[data-follow-banner]");
      expect(await banner.isVisible()).toBe(false);
      await page.getByRole("button", { name: "Volgen", exact: true }).click();
      await banner.waitFor({ state: "visible" });
      expect((await banner.textContent())?.trim()).toBe(BANNER_NL);
      expect(await page.getByRole("button", { name: "Niet meer volgen" }).count()).toBe(1);

      await page.goto(`${suite.server.url}/oproepen/esf-oproep-612-leerecosystemen`);
      await banner.waitFor({ state: "visible" });

      const created = await createUser(
        suite.server.db.kysely,
        { email: "inlogger@example.be", password: MEMBER_PASSWORD },
        DEMO_NOW,
      );
      if (!created.ok) throw created.error;
      await page.goto(`${suite.server.url}/inloggen?next=%2Foproepen%2Fesf-oproep-612-leerecosystemen`);
      await page.fill("input[name=email]", "inlogger@example.be");
      await page.fill("input[name=password]", MEMBER_PASSWORD);
      const merged = page.waitForResponse((r) => r.url().endsWith("/mijn-gids/themes") && r.status() === 200);
      await page.locator("main form button[type=submit]").click();
      await merged;
      await page.waitForFunction(`localStorage.getItem("subsidiegids.themes") === null`);
      await page.goto(`${suite.server.url}/mijn-gids`);
      const following = await page.locator("#volg-ik").innerText();
      expect(following).toContain("Onderwijs");
      expect(await page.locator("[data-follow-banner]").count()).toBe(0);
      await page.goto(`${suite.server.url}/themas/onderwijs`);
      expect(await page.getByRole("button", { name: "Niet meer volgen" }).count()).toBe(1);
    } finally {
      await context.close();
    }
  });

  it("keeps the picked themes in the account made by registering: the confirmation link signs in and the picks join it", async () => {
    const inbox = await startSmtpInbox();
    const server = await startDemoServer({ SMTP_URL: inbox.url });
    const context = await suite.browser.newContext();
    try {
      const page = await context.newPage();
      await page.goto(`${server.url}/themas/onderwijs`);
      await page.getByRole("button", { name: "Volgen", exact: true }).click();
      await page.locator("[data-follow-banner]").waitFor({ state: "visible" });

      await page.goto(`${server.url}/registreren`);
      await page.fill("input[name=email]", "nieuw-lid@example.be");
      await page.fill("input[name=password]", MEMBER_PASSWORD);
      await page.locator("main form button[type=submit]").click();
      await page.waitForLoadState();
      const link = linkIn(await inbox.latest("nieuw-lid@example.be"));

      const merged = page.waitForResponse((r) => r.url().endsWith("/mijn-gids/themes") && r.status() === 200);
      await page.goto(`${server.url}${link}`);
      await page.locator("main form button[type=submit]").click();
      await merged;
      await page.waitForFunction(`localStorage.getItem("subsidiegids.themes") === null`);
      await page.goto(`${server.url}/mijn-gids`);
      expect(await page.locator("#volg-ik").innerText()).toContain("Onderwijs");
    } finally {
      await context.close();
      await server.close();
      await inbox.close();
    }
  });

  it("says the same in English under /en", async () => {
    const context = await suite.browser.newContext();
    try {
      const page = await context.newPage();
      await page.goto(`${suite.server.url}/en/themes/onderwijs`);
      await page.getByRole("button", { name: "Follow", exact: true }).click();
      const banner = page.locator("[data-follow-banner]");
      await banner.waitFor({ state: "visible" });
      expect((await banner.textContent())?.trim()).toBe(followingEn["follow.anonymousBanner"]);
    } finally {
      await context.close();
    }
  });

  it("follows and unfollows in place for a member, and the page agrees after a reload", async () => {
    const context = await suite.browser.newContext();
    try {
      await signIn(context);
      const page = await context.newPage();
      await page.goto(`${suite.server.url}/programmas/esf-plus`);
      await page.getByRole("button", { name: "Volgen", exact: true }).click();
      await page.getByRole("button", { name: "Niet meer volgen" }).waitFor();
      expect(page.url()).toBe(`${suite.server.url}/programmas/esf-plus`);
      await page.reload();
      expect(await page.getByRole("button", { name: "Niet meer volgen" }).count()).toBe(1);
    } finally {
      await context.close();
    }
  });

  it("follows without JavaScript too: the button is a form that comes back to the same page", async () => {
    const context = await suite.browser.newContext({ javaScriptEnabled: false });
    try {
      await signIn(context);
      const page = await context.newPage();
      await page.goto(`${suite.server.url}/oproepen/esf-oproep-612-leerecosystemen`);
      await page.getByRole("button", { name: "Volgen", exact: true }).click();
      await page.getByRole("button", { name: "Niet meer volgen" }).waitFor();
      expect(page.url()).toBe(`${suite.server.url}/oproepen/esf-oproep-612-leerecosystemen`);
    } finally {
      await context.close();
    }
  });

  for (const lang of ["nl", "en"] as const) {
    const paths =
      lang === "nl"
        ? ["/mijn-gids", "/profiel", "/zoekopdracht-bewaren?q=onderwijs", "/themas"]
        : ["/en/my-guide", "/en/profile", "/en/save-search?q=education", "/en/themes"];
    it(`Mijn gids, the profile, saving a search and the themes overview pass axe-core with content on them (${lang})`, async () => {
      const context = await suite.browser.newContext();
      try {
        await signIn(context);
        const page = await context.newPage();
        await page.goto(`${suite.server.url}${lang === "nl" ? "/profiel" : "/en/profile"}`);
        await page.selectOption("#beneficiaryType", "scholen");
        await page.getByLabel(lang === "nl" ? "Onderwijs" : "Education", { exact: true }).check();
        await page.getByRole("button", { name: lang === "nl" ? "Profiel bewaren" : "Save profile" }).click();
        await page.goto(`${suite.server.url}/oproepen/esf-oproep-612-leerecosystemen`);
        await page.locator("form[data-follow-form] button").click();
        await page.goto(`${suite.server.url}${paths[2]}`);
        await page.fill("#name", "Onderwijs");
        await page.locator("form.stacked-form button[type=submit]").click();
        await page.waitForURL(/mijn-gids|my-guide/);
        expect(await page.locator("#voor-jou li").count()).toBeGreaterThan(0);
        for (const path of paths) {
          await page.goto(`${suite.server.url}${path}`);
          const violations = await axeViolations(page);
          expect(violations, `${path}\n${describeViolations(violations)}`).toEqual([]);
        }
      } finally {
        await context.close();
      }
    });
  }
});
