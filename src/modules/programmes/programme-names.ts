/**
 * A programme's name for a page in one language: on English pages its English name when
 * one is written, else its own name, in the language the programme is written in, so a
 * page can mark a Dutch name on an English page as Dutch.
 */
export function programmeNameIn(
  lang: "nl" | "en",
  programme: { name: string; nameEn: string | null; language?: string },
): { text: string; lang: string } {
  if (lang === "en" && programme.nameEn) return { text: programme.nameEn, lang: "en" };
  return { text: programme.name, lang: programme.language ?? "nl" };
}
