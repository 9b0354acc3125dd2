import type { accountsNl } from "./accounts.nl.js";

/** Complete on purpose: an account text missing in English fails the type check. */
export const accountsEn: Record<keyof typeof accountsNl, string> = {
  "nav.account": "Account",
  "nav.register": "Register",
  "nav.login": "Log in",
  "nav.logout": "Log out",
  "nav.myGuide": "My guide",
  "myGuide.title": "My guide",
  "myGuide.signedInAs": "Logged in as {email}.",
  "myGuide.settings": "Account settings",
  "flash.loggedOut": "You are logged out.",
};
