import type { ImportReport } from "./import-merger.js";

/** An import report as an editor reads it in a terminal: counts, then what changed, what was refused and why. */
export function importReportText(report: ImportReport, options: { dryRun: boolean }): string {
  const { counts } = report;
  const state = report.committed ? "written" : options.dryRun ? "dry run, nothing written" : "nothing written";
  const lines = [
    `Import (${state}): ${counts.created} created, ${counts.updated} updated, ${counts.unchanged} unchanged, ${counts.skipped} skipped, ${counts.rejected} rejected`,
  ];
  const created = report.records.filter((r) => r.outcome === "created");
  const updated = report.records.filter((r) => r.outcome === "updated");
  const listed = [...updated, ...created.slice(0, listedCreations)];
  if (listed.length)
    lines.push("", ...listed.map((r) => `  ${r.outcome.padEnd(8)} ${r.kind} ${r.slug}${fields(r)}  (${r.origin})`));
  if (created.length > listedCreations) lines.push(`  ... and ${created.length - listedCreations} more created`);
  for (const [title, notes] of [
    ["Rejected", report.rejected],
    ["Skipped", report.skipped],
    ["Warnings", report.warnings],
  ] as const) {
    if (notes.length) lines.push("", `${title}:`, ...notes.map((n) => `  ${n.origin}: ${n.reason}`));
  }
  return `${lines.join("\n")}\n`;
}

/** Every update is listed with its fields; of a large first import only the first creations. */
const listedCreations = 50;
const fields = (r: ImportReport["records"][number]) => (r.outcome === "updated" ? ` [${r.changed.join(", ")}]` : "");
