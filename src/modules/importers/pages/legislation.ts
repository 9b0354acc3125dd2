const reference =
  /^(verordening|richtlijn|besluit|beschikking)\s*\((eu|eg|eeg|euratom)\)\s*(?:nr\.?\s*)?(\d+)\s*\/\s*(\d+)\s*(.*)$/i;
const celexType: Record<string, string> = { verordening: "R", richtlijn: "L", besluit: "D", beschikking: "D" };

export interface LegislationReference {
  reference: string;
  title: string | null;
  url: string | null;
}

/**
 * "Verordening (EU) 2021/1057 inzake ..." → the reference, its title and its EUR-Lex page.
 * Acts numbered before 2015 put the number first ("nr. 1304/2013"); later ones the year.
 */
export function legislationReference(text: string): LegislationReference {
  const match = reference.exec(text.trim());
  if (!match) return { reference: text.trim(), title: null, url: null };
  const [, kind = "", , first = "", second = "", rest = ""] = match;
  const firstIsYear = first.length === 4 && Number(first) >= 1950 && Number(first) <= 2100;
  const [year, number] = firstIsYear ? [first, second] : [second, first];
  const celex = `3${year}${celexType[kind.toLowerCase()]}${number.padStart(4, "0")}`;
  return {
    reference: text.slice(0, text.length - rest.length).trim(),
    title: rest.trim() || null,
    url: `https://eur-lex.europa.eu/legal-content/NL/TXT/?uri=CELEX:${celex}`,
  };
}
