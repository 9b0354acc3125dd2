import { en } from "./messages.en.js";
import { type MessageKey, nl } from "./messages.nl.js";

export type Lang = "nl" | "en";
export const LANGS: readonly Lang[] = ["nl", "en"];
export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

export function translator(lang: Lang): Translate {
  const catalogue = (key: string): string | undefined =>
    (lang === "en" ? en[key as MessageKey] : undefined) ?? nl[key as MessageKey];
  return (key, params) => {
    // "1 resultaat", "2 resultaten": a key may have a ".one" form for a count of exactly one.
    const one = params && Number(params.count) === 1 ? catalogue(`${key}.one`) : undefined;
    const template = one ?? (catalogue(key) as string);
    return params ? template.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? "")) : template;
  };
}
