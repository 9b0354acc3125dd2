import { readFileSync } from "node:fs";
import slugify from "@sindresorhus/slugify";
import { z } from "zod";
import { type ProgrammeInput, programmeInput } from "../../programmes/programme.input.js";
import { portalLabel } from "./portal-text.js";

const table = z
  .object({ programmes: z.array(z.object({ id: z.string(), label: z.string(), slug: z.string().optional() })) })
  .parse(JSON.parse(readFileSync(new URL("./framework-programmes.json", import.meta.url), "utf8")));
const known = new Map(table.programmes.map((p) => [p.id, p]));

/** The portal's label for a framework programme id, for files that give only the id. */
export const frameworkProgrammeLabel = (id: string): string | null => known.get(id)?.label ?? null;

/**
 * Splits and cleans a portal label such as "Erasmus  (ERASMUS )": the portal's form
 * encoding turned "+" into spaces, so a name and abbreviation that end in a space lost
 * their plus. Percent-escapes ("Coal %26 Steel") and doubled spaces are repaired too.
 */
export function cleanProgrammeLabel(raw: string): { name: string; shortName: string | null } {
  const match = /^(.*?)\s*\(([^()]*)\)\s*$/.exec(raw);
  const lostPlus = /\S {2}\(/.test(raw) && /\S \)/.test(raw);
  const name = portalLabel(match?.[1] ?? raw) ?? raw.trim();
  const shortName = portalLabel(match?.[2])?.replace(/\+$/, "") ?? null;
  return { name: lostPlus && !name.endsWith("+") ? `${name}+` : name, shortName };
}

/**
 * The programme a framework programme stands for: a stub created on first import, or the
 * guide's own programme when the table links the portal id to one of our slugs.
 */
export function portalProgramme(id: string, label: string | null): ProgrammeInput {
  const entry = known.get(id);
  const { name, shortName } = cleanProgrammeLabel(label ?? entry?.label ?? `EU programme ${id}`);
  return programmeInput.parse({
    slug: entry?.slug ?? slugify(shortName ?? name, { decamelize: false }),
    name,
    shortName,
    language: "en",
    isStub: true,
    source: "eu-ft",
    externalId: id,
  });
}
