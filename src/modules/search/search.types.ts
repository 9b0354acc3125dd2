import { z } from "zod";
import type { CallStatus } from "../calls/call-status.js";
import type { QueryAst } from "./query-parser.js";

/**
 * A search as the URL holds it, and its result as the page, the API and feeds read it.
 * The URL is the whole state: parse it with parseSearchParams, write it back with
 * toSearchParams (canonical: fixed order, sorted values, defaults left out).
 */
export const ENTITY_TYPES = ["call", "programme", "event", "article"] as const;
export const STATUSES = ["open", "forthcoming", "closed"] as const satisfies readonly CallStatus[];
export const DEADLINE_WINDOWS = ["30d", "90d", "year", "later"] as const;
export const PARTNER_OPTIONS = ["yes", "no", "sometimes"] as const;
export const SORTS = ["relevance", "deadline", "newest"] as const;

export type SearchEntityType = (typeof ENTITY_TYPES)[number];
export type DeadlineWindow = (typeof DEADLINE_WINDOWS)[number];
export type SearchSort = (typeof SORTS)[number];

const slugValue = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
  .max(160);
const freeValue = z.string().trim().min(1).max(200);
const MAX_VALUES = 20;
/** The deepest page a search URL may ask for; pagination never links beyond it. */
export const MAX_PAGE = 1000;

/** Each filter: its URL parameter and what a valid value looks like. */
const filters = {
  types: { param: "type", value: z.enum(ENTITY_TYPES) },
  themes: { param: "theme", value: slugValue },
  beneficiaryTypes: { param: "beneficiary", value: slugValue },
  programmes: { param: "programme", value: slugValue },
  statuses: { param: "status", value: z.enum(STATUSES) },
  deadlineWindows: { param: "deadline", value: z.enum(DEADLINE_WINDOWS) },
  partners: { param: "partners", value: z.enum(PARTNER_OPTIONS) },
  projectTypes: { param: "projectType", value: freeValue },
  languages: { param: "lang", value: z.enum(["nl", "en"]) },
} as const;

export type FacetName = keyof typeof filters;
export const FACET_NAMES = Object.keys(filters) as FacetName[];

export const searchQuerySchema = z.object({
  q: z.string().max(10_000).default(""),
  types: z.array(z.enum(ENTITY_TYPES)).default([]),
  themes: z.array(slugValue).default([]),
  beneficiaryTypes: z.array(slugValue).default([]),
  programmes: z.array(slugValue).default([]),
  statuses: z.array(z.enum(STATUSES)).default([]),
  deadlineWindows: z.array(z.enum(DEADLINE_WINDOWS)).default([]),
  partners: z.array(z.enum(PARTNER_OPTIONS)).default([]),
  projectTypes: z.array(freeValue).default([]),
  languages: z.array(z.enum(["nl", "en"])).default([]),
  sort: z.enum(SORTS).default("relevance"),
  /** Also search synonyms and translations of the words (Dutch and English); false: only the words typed. */
  translate: z.boolean().default(true),
  page: z.number().int().min(1).max(MAX_PAGE).default(1),
  pageSize: z.number().int().min(1).max(100).default(20),
});

export type SearchQuery = z.infer<typeof searchQuerySchema>;
export type SearchQueryInput = z.input<typeof searchQuerySchema>;

export interface ParsedSearchParams {
  query: SearchQuery;
  /** Parameters or values we could not use, as "param=value"; the search runs without them. */
  ignored: string[];
}

const SEARCH_PARAMS = new Set<string>([...Object.values(filters).map((f) => f.param), "q", "sort", "translate", "page", "size"]);

/**
 * The URL's parameters without those no search reads (tracking tags, typos), in their order,
 * or undefined when it has none: a search page redirects there, so such parameters neither
 * multiply the kept pages nor end up in the links of a page another visitor is served.
 */
export function withoutForeignParams(params: URLSearchParams): URLSearchParams | undefined {
  const known = [...params].filter(([name]) => SEARCH_PARAMS.has(name));
  return known.length === [...params].length ? undefined : new URLSearchParams(known);
}

/** Reads a search from a URL; bad values are left out and reported, never an error. */
export function parseSearchParams(params: URLSearchParams): ParsedSearchParams {
  const ignored: string[] = [];
  const query: Record<string, unknown> = {};
  for (const [name, { param, value }] of Object.entries(filters)) {
    const valid = new Set<string>();
    for (const raw of params.getAll(param)) {
      const parsed = value.safeParse(raw);
      if (parsed.success && valid.size < MAX_VALUES) valid.add(parsed.data);
      else ignored.push(`${param}=${raw}`);
    }
    query[name] = [...valid];
  }
  query.q = (params.get("q") ?? "").slice(0, 10_000);
  query.sort = pick(params, "sort", z.enum(SORTS), ignored);
  const translate = pick(params, "translate", z.enum(["yes", "no"]), ignored);
  query.translate = translate === undefined ? undefined : translate === "yes";
  query.page = pick(params, "page", z.coerce.number().int().min(1).max(MAX_PAGE), ignored);
  query.pageSize = pick(params, "size", z.coerce.number().int().min(1).max(100), ignored);
  return { query: searchQuerySchema.parse(query), ignored };
}

function pick<T>(params: URLSearchParams, name: string, schema: z.ZodType<T>, ignored: string[]): T | undefined {
  const raw = params.get(name);
  if (raw === null || raw === "") return undefined;
  const parsed = schema.safeParse(raw);
  if (!parsed.success) ignored.push(`${name}=${raw}`);
  return parsed.success ? parsed.data : undefined;
}

/** The canonical URL form of a search (what links, saved searches and feeds store). */
export function toSearchParams(query: SearchQueryInput): URLSearchParams {
  const full = searchQuerySchema.parse(query);
  const params = new URLSearchParams();
  if (full.q.trim()) params.set("q", full.q.trim());
  for (const [name, { param }] of Object.entries(filters)) {
    for (const value of [...(full[name as FacetName] as string[])].sort()) params.append(param, value);
  }
  if (full.sort !== "relevance") params.set("sort", full.sort);
  if (!full.translate) params.set("translate", "no");
  if (full.page !== 1) params.set("page", String(full.page));
  if (full.pageSize !== 20) params.set("size", String(full.pageSize));
  return params;
}

/** A piece of a snippet or title; hit pieces are the ones to highlight (render as text, never as HTML). */
export interface TextSegment {
  text: string;
  hit: boolean;
}

export interface SearchHit {
  type: SearchEntityType;
  id: number;
  slug: string;
  title: TextSegment[];
  code: string | null;
  snippet: TextSegment[];
  language: "nl" | "en";
  /** Calls only, derived from the dates at search time. */
  status: CallStatus | null;
  /** Calls: the next deadline still ahead (ISO instant); null when none is known or all have passed. */
  nearestDeadline: string | null;
  /** Events: when they start. */
  startsAt: string | null;
  programme: { slug: string; name: string } | null;
  /** True when the query named this call's code: it is shown first. */
  codeMatch: boolean;
}

export interface FacetValue {
  value: string;
  count: number;
  /** Of `count`, the calls that only inherit this beneficiary type from their programme. */
  inherited?: number;
  /** Whether this value is among the active filters. */
  selected: boolean;
  label: { nl: string; en: string };
}

export interface SearchResult {
  query: SearchQuery;
  /** What the search understood, after cleaning: the page can show it. */
  parsed: QueryAst;
  hits: SearchHit[];
  total: number;
  page: number;
  pageCount: number;
  /** Per facet, its values with counts that respect every other active filter. */
  facets: Record<FacetName, FacetValue[]>;
  /** A corrected query from the vocabulary, when a word was not found as typed. */
  didYouMean: string | null;
  /** Synonyms and translations also searched for ("rare diseases"), the catalogue's words only. */
  expansions: string[];
  /** The index generation the result comes from, and the moment a status, deadline window or order in it next changes. */
  freshness: { generation: number; until: number };
}
