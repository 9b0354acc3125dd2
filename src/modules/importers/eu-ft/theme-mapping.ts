import { readFileSync } from "node:fs";
import { z } from "zod";
import { type ThemeInput, themeInput } from "../../themes/theme.input.js";
import { portalLabel } from "./portal-text.js";

const themeList = z.array(z.string());
const mappingFile = z
  .object({
    themes: z.array(themeInput),
    frameworkProgrammes: z.array(z.object({ shortName: z.string(), themes: themeList })),
    programmeDivisions: z.array(z.object({ id: z.string().optional(), label: z.string(), themes: themeList })),
    destinations: z.array(z.object({ contains: z.array(z.string()), themes: themeList })),
    keywords: z.array(z.object({ words: z.array(z.string()), themes: themeList })),
  })
  .superRefine((mapping, ctx) => {
    const listed = new Set(mapping.themes.map((t) => t.slug));
    const rules = [...mapping.frameworkProgrammes, ...mapping.programmeDivisions, ...mapping.destinations, ...mapping.keywords];
    for (const slug of rules.flatMap((rule) => rule.themes)) {
      if (!listed.has(slug)) ctx.addIssue({ code: "custom", message: `theme "${slug}" is used but not listed under themes` });
    }
  });

/** What a topic says about its subject, in whatever detail its file has. */
export interface ThemeClues {
  programmeShortName: string | null;
  divisions: { id: string | null; label: string | null }[];
  destination: string | null;
  /** Title, summary, tags and keywords. */
  texts: string[];
}

export interface ThemeMapping {
  themesFor(clues: ThemeClues): string[];
  theme(slug: string): ThemeInput;
}

/** "2. Culture, Creativity and Inclusive Society" and the portal's "Culture, creativity and inclusive society" are one. */
const labelKey = (label: string) => (portalLabel(label) ?? "").replace(/^\d+\.\s*/, "").toLowerCase();

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const wordPattern = (words: string[], flags: string) =>
  words.length ? new RegExp(`\\b(?:${words.map(escapeRegExp).join("|")})\\b`, flags) : undefined;

export function loadThemeMapping(url = new URL("./theme-mapping.json", import.meta.url)): ThemeMapping {
  const mapping = mappingFile.parse(JSON.parse(readFileSync(url, "utf8")));
  const themes = new Map(mapping.themes.map((t) => [t.slug, t]));
  const byProgramme = new Map(mapping.frameworkProgrammes.map((p) => [p.shortName.toLowerCase(), p.themes]));
  const byDivision = new Map<string, string[]>();
  for (const division of mapping.programmeDivisions) {
    byDivision.set(labelKey(division.label), division.themes);
    if (division.id) byDivision.set(division.id, division.themes);
  }
  const destinations = mapping.destinations.map((d) => ({ phrases: d.contains.map((p) => p.toLowerCase()), themes: d.themes }));
  // Short words such as "AI" and "PV" only count in their own case, longer ones in any case.
  const keywords = mapping.keywords.map((k) => ({
    patterns: [
      wordPattern(
        k.words.filter((w) => w.length <= 3),
        "",
      ),
      wordPattern(
        k.words.filter((w) => w.length > 3),
        "i",
      ),
    ],
    themes: k.themes,
  }));

  return {
    themesFor(clues) {
      const found = new Set<string>(byProgramme.get(clues.programmeShortName?.toLowerCase() ?? "") ?? []);
      for (const division of clues.divisions) {
        const key = division.id && byDivision.has(division.id) ? division.id : division.label ? labelKey(division.label) : "";
        for (const slug of byDivision.get(key) ?? []) found.add(slug);
      }
      const destination = clues.destination?.toLowerCase() ?? "";
      for (const rule of destinations) {
        if (rule.phrases.some((p) => destination.includes(p))) for (const slug of rule.themes) found.add(slug);
      }
      const text = clues.texts.join("\n");
      for (const rule of keywords) if (rule.patterns.some((p) => p?.test(text))) for (const slug of rule.themes) found.add(slug);
      return [...found].sort();
    },
    theme(slug) {
      const theme = themes.get(slug);
      if (!theme) throw new Error(`theme ${slug} not in the mapping`);
      return theme;
    },
  };
}
