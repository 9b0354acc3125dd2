/** The texts of accounts: header links, forms, one-time messages and mails. */
export const accountsNl = {
  "nav.account": "Account",
  "nav.register": "Registreren",
  "nav.login": "Inloggen",
  "nav.logout": "Uitloggen",
  "nav.myGuide": "Mijn gids",
  "myGuide.title": "Mijn gids",
  "myGuide.signedInAs": "Ingelogd als {email}.",
  "myGuide.settings": "Accountinstellingen",
  "flash.loggedOut": "Je bent uitgelogd.",
} as const;
