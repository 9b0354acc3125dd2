import type { Kysely } from "kysely";
import type { Database } from "../../platform/db/schema.js";
import type { Trx } from "../history/save-entity.js";
import type { ImportItem } from "./import-batch.js";
import { programmeLabel } from "./programme-label.js";

/** The programme slug each of these labels is mapped to, by label. */
export async function mappedProgrammeSlugs(trx: Trx, labels: readonly string[]): Promise<Map<string, string>> {
  if (labels.length === 0) return new Map();
  const mappings = await trx
    .selectFrom("programmeLabelMappings as m")
    .innerJoin("programmes as p", "p.id", "m.programmeId")
    .select(["m.label", "p.slug"])
    .where("m.label", "in", [...labels])
    .execute();
  return new Map(mappings.map((m) => [m.label, m.slug]));
}

/** Notes every label an import met, with the programme it would make and how many of its calls named it. */
export async function noteSightings(
  trx: Trx,
  stubs: { item: Extract<ImportItem, { kind: "programme" }>; label: string }[],
  items: readonly ImportItem[],
  seenBy: string,
  now: Date,
) {
  const callsNaming = new Map<string, number>();
  for (const item of items) {
    if (item.kind === "call" && item.input.programme) {
      callsNaming.set(item.input.programme, (callsNaming.get(item.input.programme) ?? 0) + 1);
    }
  }
  const rows = new Map(
    stubs.map(({ item, label }) => [
      label,
      {
        label,
        seenBy,
        proposedSlug: item.input.slug,
        calls: callsNaming.get(item.input.slug) ?? 0,
        lastSeenAt: now.toISOString(),
      },
    ]),
  );
  for (const row of rows.values()) {
    await trx
      .insertInto("programmeLabelSightings")
      .values(row)
      .onConflict((oc) =>
        oc
          .column("label")
          .doUpdateSet({ seenBy: row.seenBy, proposedSlug: row.proposedSlug, calls: row.calls, lastSeenAt: row.lastSeenAt }),
      )
      .execute();
  }
}

export interface LabelRow {
  label: string;
  seenBy: string | null;
  proposedSlug: string | null;
  calls: number | null;
  lastSeenAt: string | null;
  programme: { slug: string; name: string } | null;
}

/** Every label imports met or editors mapped: unmapped ones first, then by label. */
export async function listProgrammeLabels(db: Kysely<Database> | Trx): Promise<LabelRow[]> {
  const seen = await db
    .selectFrom("programmeLabelSightings as s")
    .leftJoin("programmeLabelMappings as m", "m.label", "s.label")
    .leftJoin("programmes as p", "p.id", "m.programmeId")
    .select(["s.label", "s.seenBy", "s.proposedSlug", "s.calls", "s.lastSeenAt", "p.slug", "p.name"])
    .execute();
  const onlyMapped = await db
    .selectFrom("programmeLabelMappings as m")
    .innerJoin("programmes as p", "p.id", "m.programmeId")
    .select(["m.label", "p.slug", "p.name"])
    .where("m.label", "not in", (eb) => eb.selectFrom("programmeLabelSightings").select("label"))
    .execute();
  const rows: LabelRow[] = [
    ...seen.map((r) => ({
      label: r.label,
      seenBy: r.seenBy,
      proposedSlug: r.proposedSlug,
      calls: r.calls,
      lastSeenAt: r.lastSeenAt,
      programme: r.slug && r.name ? { slug: r.slug, name: r.name } : null,
    })),
    ...onlyMapped.map((r) => ({
      label: r.label,
      seenBy: null,
      proposedSlug: null,
      calls: null,
      lastSeenAt: null,
      programme: { slug: r.slug, name: r.name },
    })),
  ];
  return rows.sort((a, b) => Number(a.programme !== null) - Number(b.programme !== null) || a.label.localeCompare(b.label));
}

/** From now on, imports that meet `label` attach what names it to this programme. */
export async function mapProgrammeLabel(
  trx: Trx,
  mapping: { label: string; programmeId: number; actor: string; now: Date },
): Promise<void> {
  const values = { programmeId: mapping.programmeId, mappedBy: mapping.actor, mappedAt: mapping.now.toISOString() };
  await trx
    .insertInto("programmeLabelMappings")
    .values({ label: mapping.label, ...values })
    .onConflict((oc) => oc.column("label").doUpdateSet(values))
    .execute();
}

export async function unmapProgrammeLabel(trx: Trx, label: string): Promise<boolean> {
  const { numDeletedRows } = await trx.deleteFrom("programmeLabelMappings").where("label", "=", label).executeTakeFirst();
  return numDeletedRows > 0n;
}

/** The labels mapped to a programme, for a merge that hands them to another one. */
export async function labelsMappedTo(trx: Trx, programmeId: number): Promise<string[]> {
  const rows = await trx.selectFrom("programmeLabelMappings").select("label").where("programmeId", "=", programmeId).execute();
  return rows.map((r) => r.label);
}
