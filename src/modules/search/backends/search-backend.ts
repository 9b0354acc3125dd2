import type { Kysely } from "kysely";
import type { DialectKind } from "../../../platform/db/connection.js";
import type { Database } from "../../../platform/db/schema.js";
import type { Alternative } from "../query-compiler.js";

/**
 * What a database does for search: find the documents that contain one alternative of a
 * query (a token, a token prefix or a phrase) with its own relevance score for it, and keep
 * its full-text index in step. Backends are the only place raw SQL for search lives; how
 * alternatives combine into a query (query-matcher.ts) is shared TypeScript.
 */
export interface SearchBackend {
  readonly kind: DialectKind;
  /** The documents containing any of the tokens or phrases: anywhere, in the title or code, in the introduction. */
  postings(db: Kysely<Database>, alternatives: TokenOrPhrase[]): Promise<PostingRows>;
  /** Only the documents containing any of them anywhere (what a phrase needs from the database). */
  documents(db: Kysely<Database>, alternatives: TokenOrPhrase[]): Promise<number[]>;
  /** Puts documents in the full-text index, or takes them out (no terms), in the caller's transaction. */
  writeDocuments(db: Kysely<Database>, documents: { id: number; terms: DocumentTerms | undefined }[]): Promise<void>;
  /** Rebuilds the whole full-text index from search_documents (after a bulk load). */
  rebuild(db: Kysely<Database>): Promise<void>;
}

/** What a backend looks up: a prefix is first expanded into tokens from the vocabulary, words near each other into their tokens. */
export type TokenOrPhrase = Exclude<Alternative, { kind: "prefix" | "near" }>;

/** Document ids per field group. */
export interface PostingRows {
  all: number[];
  title: number[];
  intro: number[];
}

export interface DocumentTerms {
  titleTerms: string;
  codeTerms: string;
  introTerms: string;
  bodyTerms: string;
  partsTerms: string;
}

/** Index tokens are [a-z0-9]+ by construction; this keeps it so whatever reaches a backend. */
export function safeToken(token: string): string {
  return token.replace(/[^a-z0-9]/g, "");
}

/** The tokens of each token or phrase made safe; those left empty are dropped. */
export function safeTokens(alternatives: TokenOrPhrase[]): string[][] {
  return alternatives
    .map((a) => (a.kind === "term" ? [a.token] : a.tokens).map(safeToken).filter(Boolean))
    .filter((tokens) => tokens.length > 0);
}

export const NO_ROWS: PostingRows = { all: [], title: [], intro: [] };
