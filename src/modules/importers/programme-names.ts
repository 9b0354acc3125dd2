import { readFileSync } from "node:fs";
import { z } from "zod";

const entry = z.object({
  slug: z.string().min(1),
  shortName: z.string().min(1).nullable().default(null),
  nameNl: z.string().min(1),
  nameEn: z.string().min(1),
  period: z.string().nullable().default(null),
  portalId: z.string().optional(),
  portalCode: z.string().optional(),
  labels: z.array(z.string()).default([]),
  pageText: z.array(z.string()).default([]),
});

export type KnownProgramme = z.infer<typeof entry>;

const file = z
  .object({ programmes: z.array(entry) })
  .superRefine(({ programmes }, ctx) => {
    const slugs = new Set<string>();
    for (const p of programmes) {
      if (slugs.has(p.slug)) ctx.addIssue({ code: "custom", message: `programme "${p.slug}" is listed twice` });
      slugs.add(p.slug);
    }
  })
  .parse(JSON.parse(readFileSync(new URL("./programme-names.json", import.meta.url), "utf8")));

/** Labels are compared as a reader would: without case, articles, brackets or closing punctuation. */
export const labelKey = (label: string) =>
  label
    .toLowerCase()
    .replace(/^(?:het|de|een|the)\s+/, "")
    .replace(/[,;.:]+$/, "")
    .replace(/\s+/g, " ")
    .trim();

const byPortalId = new Map(file.programmes.flatMap((p) => (p.portalId ? [[p.portalId, p] as const] : [])));
const byLabel = new Map<string, KnownProgramme[]>();
for (const p of file.programmes) {
  const labels = [p.nameNl, p.nameEn, p.shortName, p.portalCode, ...p.labels].filter((l): l is string => Boolean(l));
  for (const key of new Set(labels.map(labelKey))) byLabel.set(key, [...(byLabel.get(key) ?? []), p]);
}

export const knownByPortalId = (id: string): KnownProgramme | undefined => byPortalId.get(id);

/**
 * The programme a raw label stands for. Of the entries a label names, an older edition is
 * chosen only when the text it came with has every phrase of that edition (`pageText`).
 */
export function knownByLabel(labels: readonly (string | null)[], text = ""): KnownProgramme | undefined {
  const candidates = labels.flatMap((l) => (l ? (byLabel.get(labelKey(l)) ?? []) : []));
  const edition = candidates.find((p) => p.pageText.length > 0 && p.pageText.every((phrase) => text.includes(phrase)));
  return edition ?? candidates.find((p) => p.pageText.length === 0);
}
