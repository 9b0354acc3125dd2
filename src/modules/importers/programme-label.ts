/**
 * The raw label an importer met for a programme: the abbreviation a file gives ("DIGITAL",
 * "RELEX-PROSPECT"), else its name as written ("Digital Europe"). Editors map these once.
 */
export const programmeLabel = (programme: { shortName: string | null; name: string }): string =>
  (programme.shortName ?? programme.name).trim();
