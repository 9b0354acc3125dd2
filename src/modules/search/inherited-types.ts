/**
 * A call that names no beneficiary types takes its programme's, which are often wider than
 * the call: its document lists them marked ("~ngo"), so the facet tells the calls that name
 * a type from those that only inherit it, and a filter on a type finds both.
 */
const MARK = "~";

export const inheritedType = (slug: string) => `${MARK}${slug}`;

/** The type a document value stands for, and whether the call only inherits it. */
export function typeOf(value: string): { slug: string; inherited: boolean } {
  return value.startsWith(MARK) ? { slug: value.slice(MARK.length), inherited: true } : { slug: value, inherited: false };
}
