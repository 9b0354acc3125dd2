/** A regulation reference with its EUR-Lex address, as every programme page lists them. */
export function regulation(number: string, title: string) {
  const [year, serial] = number.split("/");
  return {
    reference: `Verordening (EU) ${number}`,
    title,
    url: `https://eur-lex.europa.eu/eli/reg/${year}/${serial}/oj`,
  };
}

export const EVERYONE = [
  "individuele",
  "internationale-organisaties",
  "kmos",
  "koepelorganisaties",
  "lokale-overheid",
  "ngo",
  "non-profit-organisaties",
  "onderzoeksinstellingen",
  "private-ondernemingen",
  "publieke-ondernemingen",
  "regionale-of-bovenlokale-overheden",
  "scholen",
  "universiteit",
];
