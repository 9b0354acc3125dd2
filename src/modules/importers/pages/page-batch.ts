import { programmeInput } from "../../programmes/programme.input.js";
import type { ImportBatch, ImportItem } from "../import-batch.js";
import type { PageRecords } from "./page-records.js";

const rank: Record<ImportItem["kind"], number> = { theme: 0, beneficiary_type: 1, programme: 2, call: 3, event: 4, article: 5 };
type ProgrammeItem = Extract<ImportItem, { kind: "programme" }>;

/**
 * One batch from many pages: each record once (a full record wins over a reference to it;
 * of two full ones the first page's is kept, with a warning), in the order they can be
 * written: taxonomy, programmes (those a synergy points to first), calls, events, articles.
 */
export function pageBatch(pages: readonly PageRecords[], batch: ImportBatch): ImportBatch {
  const chosen = new Map<string, ImportItem>();
  for (const item of pages.flatMap((p) => p.items)) {
    const key = `${item.kind}:${item.input.slug}`;
    const seen = chosen.get(key);
    if (!seen || (seen.ifMissing && !item.ifMissing)) chosen.set(key, item);
    else if (!item.ifMissing) {
      batch.warnings.push({
        origin: item.origin,
        reason: `${item.kind} "${item.input.slug}" is also on ${seen.origin}; that page's text is kept`,
      });
    }
  }
  // A page tells part of a record: what it leaves out is kept as stored (partial).
  const items = [...chosen.values()].map((item): ImportItem => (item.ifMissing ? item : { ...item, partial: true }));
  const programmes = items.filter((i): i is ProgrammeItem => i.kind === "programme");
  const ordered = [
    ...items.filter((i) => rank[i.kind] < rank.programme),
    ...inWritingOrder(programmes),
    ...items.filter((i) => rank[i.kind] > rank.programme),
  ];
  return {
    ...batch,
    items: ordered.sort((a, b) => rank[a.kind] - rank[b.kind]),
    warnings: [...batch.warnings, ...pages.flatMap((p) => p.warnings)],
  };
}

/** Stubs first, then each programme after the programmes it names; a cycle is broken with a stub. */
function inWritingOrder(programmes: readonly ProgrammeItem[]): ProgrammeItem[] {
  const bySlug = new Map(programmes.filter((p) => !p.ifMissing).map((p) => [p.input.slug, p]));
  const stubs = programmes.filter((p) => p.ifMissing);
  const done = new Set<string>();
  const visiting = new Set<string>();
  const result: ProgrammeItem[] = [];
  const visit = (item: ProgrammeItem) => {
    const slug = item.input.slug;
    if (done.has(slug)) return;
    visiting.add(slug);
    for (const { programme } of item.input.synergies) {
      const target = bySlug.get(programme);
      if (!target || done.has(programme)) continue;
      if (visiting.has(programme)) stubs.push(stubOf(target));
      else visit(target);
    }
    visiting.delete(slug);
    done.add(slug);
    result.push(item);
  };
  for (const item of bySlug.values()) visit(item);
  return [...stubs, ...result];
}

function stubOf(item: ProgrammeItem): ProgrammeItem {
  const { slug, name, nameEn, shortName, period } = item.input;
  return {
    kind: "programme",
    origin: item.origin,
    ifMissing: true,
    input: programmeInput.parse({ slug, name, nameEn, shortName, period, isStub: true, source: "pages" }),
  };
}
