const scales: Record<string, number> = { miljard: 1e9, miljoen: 1e6, duizend: 1e3 };
const amount = /(?:€\s*)?(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?\s*(miljard|miljoen|duizend)?\s*(?:euro|eur\b|€)/i;
const euroFirst = /€\s*(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?\s*(miljard|miljoen|duizend)?/i;

/** The first amount in euro a Dutch text names: "26,2 miljard euro" → 26 200 000 000; none → null. */
export function euroAmount(text: string): number | null {
  const match = amount.exec(text) ?? euroFirst.exec(text);
  if (!match) return null;
  const [, whole = "", fraction = "", scale] = match;
  const value = Number(`${whole.replaceAll(".", "")}.${fraction || "0"}`);
  return Math.round(value * (scale ? (scales[scale.toLowerCase()] ?? 1) : 1) * 100) / 100;
}

/** "Budget 2021-2027: ..." names the programme period. */
export function budgetPeriod(text: string): string | null {
  return /^budget\s+(\d{4}\s*-\s*\d{4})\b/i.exec(text.trim())?.[1]?.replace(/\s/g, "") ?? null;
}
