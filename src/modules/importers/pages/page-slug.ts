import slugify from "@sindresorhus/slugify";

const maxLength = 120;

/** A stable slug from a title: lowercase, accents folded, "+" spelled out (ESF+ → esf-plus). */
export function slugOf(text: string): string {
  const slug = slugify(text, { customReplacements: [["+", " plus "]] });
  if (slug.length <= maxLength) return slug;
  return slug.slice(0, maxLength).replace(/-[^-]*$/, "");
}
