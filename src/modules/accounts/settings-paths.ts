/** The sub-paths of the settings page, in the page's language. */
export const settingsPaths = {
  nl: { email: "e-mail", password: "wachtwoord", sessions: "sessies", export: "mijn-gegevens.json", delete: "verwijderen" },
  en: { email: "email", password: "password", sessions: "sessions", export: "my-data.json", delete: "delete" },
} as const;
