/**
 * Country and language names in Dutch and English from ICU (Intl.DisplayNames), as
 * synonym groups: "Oekraïne" finds "Ukraine", "Duits" finds "German". Node ships ICU's
 * full data, so the names follow Unicode CLDR without a list of our own.
 */
export function placeAndLanguageNames(): string[][] {
  const groups: string[][] = [];
  for (const type of ["region", "language"] as const) {
    const nl = new Intl.DisplayNames("nl", { type, fallback: "none" });
    const en = new Intl.DisplayNames("en", { type, fallback: "none" });
    for (const code of twoLetterCodes(type === "region")) {
      const dutch = nl.of(code);
      const english = en.of(code);
      // Names with brackets or commas ("Hongkong SAR van China") are descriptions, not what anyone types.
      if (!dutch || !english || /[(),]/.test(dutch + english)) continue;
      if (dutch.toLowerCase() !== english.toLowerCase()) groups.push([dutch.toLowerCase(), english.toLowerCase()]);
    }
  }
  return groups;
}

function twoLetterCodes(upper: boolean): string[] {
  const letters = "abcdefghijklmnopqrstuvwxyz";
  const codes: string[] = [];
  for (const a of letters) for (const b of letters) codes.push(upper ? `${a}${b}`.toUpperCase() : `${a}${b}`);
  // Region codes from AA to ZZ include private-use and reserved ones, which ICU does not name: those are skipped.
  return codes;
}
