import type { Kysely } from "kysely";
import type { DialectKind } from "../../../platform/db/connection.js";
import type { Database } from "../../../platform/db/schema.js";
import type { Alternative } from "../query-compiler.js";

/**
 * What a database does for search: find the documents whose tokens match a compiled
 * query, with its own relevance score, and keep its full-text index in step. Backends are
 * the only place raw SQL for search lives; everything else is shared TypeScript.
 */
export interface SearchBackend {
  readonly kind: DialectKind;
  /** Document ids matching every `must` clause and no `not` clause, with a native score (higher is better). */
  match(db: Kysely<Database>, must: Alternative[][], not: Alternative[][]): Promise<Map<number, number>>;
  /** Puts one document in the full-text index, or takes it out (undefined), in the caller's transaction. */
  writeDocument(db: Kysely<Database>, id: number, terms: DocumentTerms | undefined): Promise<void>;
  /** Rebuilds the whole full-text index from search_documents (after a bulk load). */
  rebuild(db: Kysely<Database>): Promise<void>;
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

/** Alternatives with their tokens made safe; ones left empty are dropped. */
export function safeAlternatives(alternatives: Alternative[]): Alternative[] {
  return alternatives.flatMap((a): Alternative[] => {
    if (a.kind !== "phrase") {
      const token = safeToken(a.token);
      return token ? [{ ...a, token }] : [];
    }
    const tokens = a.tokens.map(safeToken).filter(Boolean);
    return tokens.length ? [{ ...a, tokens }] : [];
  });
}
