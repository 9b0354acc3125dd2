import { en } from "./messages.en.js";
import { type MessageKey, nl } from "./messages.nl.js";

export type Lang = "nl" | "en";
export const LANGS: readonly Lang[] = ["nl", "en"];
export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

export function translator(lang: Lang): Translate {
  return (key, params) => {
    const template = (lang === "en" ? en[key] : undefined) ?? nl[key];
    return params ? template.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name] ?? "")) : template;
  };
}
