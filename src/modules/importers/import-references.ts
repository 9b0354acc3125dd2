import { type LinkingRecord, type LinkRenames, renameLinks } from "../history/link-renames.js";
import type { Trx } from "../history/save-entity.js";
import { redirectedSlug } from "../history/slug-redirects.js";
import type { ImportItem, ImportNote } from "./import-batch.js";
import { programmeLabel } from "./programme-label.js";
import { mappedProgrammeSlugs, noteSightings } from "./programme-labels.js";

export interface ResolvedReferences {
  /** The batch without the records it only named that the catalogue knows by another slug, its links renamed. */
  items: ImportItem[];
  /** Each such record, with what it stands for now. */
  resolved: ImportNote[];
}

type Named = Extract<ImportItem, { kind: "programme" | "theme" | "beneficiary_type" }>;

/**
 * What an editor decided about records a file only names (a stub programme "DIGITAL", a
 * theme "buitenlandse-acties") holds for every later import: a programme whose raw label is
 * mapped, or a record whose slug now redirects (it was merged into another), is not created
 * again, and the records naming it name the one the editor chose.
 */
export async function resolveReferences(
  trx: Trx,
  items: readonly ImportItem[],
  seenBy: string,
  now: Date,
): Promise<ResolvedReferences> {
  const named = items.filter(
    (item): item is Named => item.ifMissing === true && item.kind !== "call" && item.kind !== "event" && item.kind !== "article",
  );
  const stubs = named.flatMap((item) => (item.kind === "programme" ? [{ item, label: programmeLabel(item.input) }] : []));
  await noteSightings(trx, stubs, items, seenBy, now);
  const mapped = await mappedProgrammeSlugs(
    trx,
    stubs.map((s) => s.label),
  );
  const renames = {
    programme: new Map<string, string>(),
    theme: new Map<string, string>(),
    beneficiary_type: new Map<string, string>(),
  };
  const resolved: ImportNote[] = [];
  for (const item of named) {
    const label = item.kind === "programme" ? programmeLabel(item.input) : null;
    const byLabel = label === null ? undefined : mapped.get(label);
    const target = byLabel ?? (await redirectedSlug(trx, item.kind, item.input.slug));
    if (target === undefined || target === item.input.slug) continue;
    renames[item.kind].set(item.input.slug, target);
    const why = byLabel
      ? `programme "${label}" is mapped to "${target}"`
      : `${item.kind} "${item.input.slug}" was merged into "${target}"`;
    resolved.push({ origin: item.origin, reason: why });
  }
  const kept = items.filter(
    (item) => !(item.ifMissing && item.kind in renames && renames[item.kind as Named["kind"]].has(item.input.slug)),
  );
  return { items: kept.map((item) => renamed(item, renames)), resolved };
}

function renamed(item: ImportItem, renames: LinkRenames): ImportItem {
  switch (item.kind) {
    case "call":
    case "article":
    case "programme":
      return { ...item, input: renameLinks(item as LinkingRecord, renames) } as ImportItem;
    default:
      return item;
  }
}
