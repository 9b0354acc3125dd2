import type { FacetOutcome } from "./facets.js";
import type { Labels } from "./index-snapshot.js";
import { typeOf } from "./inherited-types.js";
import { FACET_NAMES, type FacetName, type FacetValue, type SearchQuery } from "./search.types.js";

/** Names of the fixed facet values, in both languages. */
const FIXED: Partial<Record<FacetName, Record<string, { nl: string; en: string }>>> = {
  types: {
    call: { nl: "Oproepen", en: "Calls" },
    programme: { nl: "Programma's", en: "Programmes" },
    event: { nl: "Evenementen", en: "Events" },
    article: { nl: "Artikels", en: "Articles" },
  },
  statuses: {
    open: { nl: "Open", en: "Open" },
    forthcoming: { nl: "Binnenkort open", en: "Forthcoming" },
    closed: { nl: "Afgesloten", en: "Closed" },
  },
  deadlineWindows: {
    "30d": { nl: "Binnen 30 dagen", en: "Within 30 days" },
    "90d": { nl: "Binnen 90 dagen", en: "Within 90 days" },
    year: { nl: "Dit jaar", en: "This year" },
    later: { nl: "Later", en: "Later" },
  },
  partners: {
    yes: { nl: "Europese partners nodig", en: "European partners needed" },
    no: { nl: "Geen partners nodig", en: "No partners needed" },
    sometimes: { nl: "Soms partners nodig", en: "Partners sometimes needed" },
  },
  languages: { nl: { nl: "Nederlands", en: "Dutch" }, en: { nl: "Engels", en: "English" } },
};

/**
 * Facet values as the page shows them: every value with a count, plus every selected
 * value even when its count fell to zero (so it can still be deselected).
 */
export function facetValues(counts: FacetOutcome["counts"], query: SearchQuery, labels: Labels): Record<FacetName, FacetValue[]> {
  const named: Partial<Record<FacetName, Map<string, { nl: string; en: string }>>> = {
    themes: labels.themes,
    beneficiaryTypes: labels.beneficiaryTypes,
    programmes: labels.programmes,
  };
  const result = {} as Record<FacetName, FacetValue[]>;
  for (const facet of FACET_NAMES) {
    const selected = new Set(query[facet] as string[]);
    const tally = new Map<string, number>();
    const inherited = new Map<string, number>();
    for (const [key, count] of counts[facet]) {
      const { slug, inherited: onlyInherited } = facet === "beneficiaryTypes" ? typeOf(key) : { slug: key, inherited: false };
      tally.set(slug, (tally.get(slug) ?? 0) + count);
      if (onlyInherited) inherited.set(slug, count);
    }
    for (const value of selected) if (!tally.has(value)) tally.set(value, 0);
    const fixedOrder = Object.keys(FIXED[facet] ?? {});
    result[facet] = [...tally]
      .map(([value, count]) => ({
        value,
        count,
        ...(inherited.has(value) ? { inherited: inherited.get(value) } : {}),
        selected: selected.has(value),
        label: FIXED[facet]?.[value] ?? named[facet]?.get(value) ?? { nl: value, en: value },
      }))
      .sort((a, b) =>
        fixedOrder.length
          ? fixedOrder.indexOf(a.value) - fixedOrder.indexOf(b.value)
          : own(b) - own(a) || b.count - a.count || a.label.nl.localeCompare(b.label.nl),
      );
  }
  return result;
}

/** Calls that name a value themselves come first: a type only inherited from the programme says less. */
const own = (value: FacetValue) => value.count - (value.inherited ?? 0);
