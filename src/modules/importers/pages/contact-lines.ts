const email = /^[^\s@,;]+@[^\s@,;]+\.[a-z]{2,}$/i;
const phone = /^\+?\d[\d\s./()-]{5,}\d$/;
const webAddress = /^(https?:\/\/)?[a-z0-9-]+(\.[a-z0-9-]+)+(\/\S*)?$/i;

export const isEmail = (text: string) => email.test(text.trim());
export const isPhone = (text: string) => phone.test(text.trim());

/** "ec.europa.eu/programmes/..." or "https://..." as an absolute URL; null for other text. */
export function webUrl(text: string): string | null {
  const value = text.trim();
  if (!webAddress.test(value) || isEmail(value)) return null;
  return /^https?:\/\//i.test(value) ? value : `https://${value}`;
}

/** "Frederik Van Crombrugge, frederik@example.org, 02 553 99 41" → its parts; null without a name. */
export function personLine(text: string): { name: string; email: string | null; phone: string | null } | null {
  const parts = text.split(/\s*[,;]\s*/).filter(Boolean);
  const name = parts.find((p) => !isEmail(p) && !isPhone(p));
  if (!name) return null;
  return { name, email: parts.find(isEmail) ?? null, phone: parts.find(isPhone) ?? null };
}
