import { segments } from "../../platform/http/paths.js";
import type { Lang } from "../../platform/i18n/translate.js";

/** Where Mijn gids, the profile and the forms of this module live, per language. */
export function guidePaths(lang: Lang) {
  const prefix = lang === "nl" ? "" : `/${lang}`;
  const s = segments[lang];
  const guide = `${prefix}/${s.myGuide}`;
  return {
    guide,
    profile: `${prefix}/${s.profile}`,
    notifications: `${prefix}/${s.digest}`,
    saveSearch: (query: string) => `${prefix}/${s.saveSearch}${query ? `?${query}` : ""}`,
    // Form targets only: a visitor never sees these in the address bar.
    follow: `${guide}/follow`,
    savedSearch: (id: number) => `${guide}/searches/${id}`,
    calendar: `${guide}/${s.calendar}`,
    /** The secret address of a member's calendar feed: no cookie needed, the token is the key. */
    calendarFeed: (token: string) => `${prefix}/${lang === "nl" ? "mijn-agenda" : "my-calendar"}/${token}/agenda.ics`,
  };
}
