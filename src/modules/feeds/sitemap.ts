import type { AppDeps } from "../../app-deps.js";
import { type Paths, pathsFor } from "../../platform/http/paths.js";
import { listArticles } from "../articles/article.queries.js";
import { listCalls } from "../calls/call.queries.js";
import { listEvents } from "../events/event.queries.js";
import { listProgrammes } from "../programmes/programme.queries.js";
import { listBeneficiaryTypes, listThemes } from "../themes/theme.queries.js";

type Kind = "call" | "programme" | "event" | "theme" | "beneficiary" | "article";
interface Page {
  kind: Kind;
  slug: string;
  updatedAt?: string;
}

/** A sitemap file holds at most 50 000 URLs; each record has two (Dutch and English). */
const MAX_RECORDS = 25_000;

/** Every published page in both languages, each pointing at its other language (hreflang). */
export async function buildSitemap(deps: AppDeps): Promise<string> {
  const db = deps.db.kysely;
  const now = deps.now();
  const [calls, programmes, upcoming, past, themes, types, articles] = await Promise.all([
    listCalls(db, { order: "newest", limit: MAX_RECORDS }, now),
    listProgrammes(db, now),
    listEvents(db, { when: "upcoming", limit: MAX_RECORDS }, now),
    listEvents(db, { when: "past", limit: MAX_RECORDS }, now),
    listThemes(db),
    listBeneficiaryTypes(db),
    listArticles(db, now),
  ]);
  const pages: Page[] = [
    ...calls.calls.map((c) => ({ kind: "call" as const, slug: c.slug, updatedAt: c.updatedAt })),
    ...programmes.map((p) => ({ kind: "programme" as const, slug: p.slug })),
    ...[...upcoming.events, ...past.events].map((e) => ({ kind: "event" as const, slug: e.slug, updatedAt: e.updatedAt })),
    ...themes.map((t) => ({ kind: "theme" as const, slug: t.slug })),
    ...types.map((t) => ({ kind: "beneficiary" as const, slug: t.slug })),
    ...articles.map((a) => ({ kind: "article" as const, slug: a.slug, updatedAt: a.publishedAt ?? undefined })),
  ].slice(0, MAX_RECORDS);
  const base = deps.config.BASE_URL;
  const nl = pathsFor("nl");
  const en = pathsFor("en");
  const home = { nl: `${base}/`, en: `${base}${en.home}` };
  const sections = (["calls", "programmes", "events", "themes", "articles"] as const).map((s) => ({
    nl: `${base}${nl.section(s)}`,
    en: `${base}${en.section(s)}`,
  }));
  const urls = [
    home,
    ...sections,
    ...pages.map((p) => ({ nl: `${base}${at(nl, p)}`, en: `${base}${at(en, p)}`, lastmod: p.updatedAt })),
  ];
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
    ...urls.flatMap((u) => [entry(u.nl, u), entry(u.en, u)]),
    "</urlset>",
    "",
  ].join("\n");
}

function at(paths: Paths, page: Page): string {
  return paths[page.kind](page.slug);
}

function entry(loc: string, pair: { nl: string; en: string; lastmod?: string }): string {
  const lastmod = pair.lastmod ? `<lastmod>${pair.lastmod.slice(0, 10)}</lastmod>` : "";
  return [
    `<url><loc>${xmlEscape(loc)}</loc>${lastmod}`,
    `<xhtml:link rel="alternate" hreflang="nl-BE" href="${xmlEscape(pair.nl)}"/>`,
    `<xhtml:link rel="alternate" hreflang="en" href="${xmlEscape(pair.en)}"/>`,
    `<xhtml:link rel="alternate" hreflang="x-default" href="${xmlEscape(pair.nl)}"/></url>`,
  ].join("");
}

function xmlEscape(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&apos;");
}
