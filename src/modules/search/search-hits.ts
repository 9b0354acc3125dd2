import type { Kysely } from "kysely";
import type { Database } from "../../platform/db/schema.js";
import { cardTexts } from "./document-texts.js";
import { type Clock, nearestDeadline, statusOf } from "./facets.js";
import type { IndexSnapshot, SnapshotDocument } from "./index-snapshot.js";
import type { CompiledQuery } from "./query-compiler.js";
import type { SearchHit } from "./search.types.js";
import { highlight, snippet, wordMatcher } from "./snippet.js";

/** The page of results as the page, the API and feeds show them, with highlighted title and snippet. */
export async function buildHits(
  db: Kysely<Database>,
  snapshot: IndexSnapshot,
  docs: SnapshotDocument[],
  compiled: CompiledQuery,
  codeMatches: Set<SnapshotDocument>,
  clock: Clock,
): Promise<SearchHit[]> {
  if (docs.length === 0) return [];
  const byId = await cardTexts(
    db,
    snapshot.texts,
    docs.map((d) => d.id),
  );
  const matchers = { nl: wordMatcher(compiled.must, "nl"), en: wordMatcher(compiled.must, "en") };
  return docs.flatMap((doc): SearchHit[] => {
    const row = byId.get(doc.id);
    if (!row) return [];
    const isHit = matchers[doc.language];
    const intro = snippet(row.introduction, isHit);
    const next = nearestDeadline(doc, clock);
    const programme = doc.type === "call" ? doc.programmes[0] : undefined;
    return [
      {
        type: doc.type,
        id: doc.entityId,
        slug: row.slug,
        title: highlight(row.title, isHit),
        code: row.code,
        // Without words there is no hit to look for in the body: the introduction opens the snippet.
        snippet: intro.some((s) => s.hit) || row.body === null || compiled.must.length === 0 ? intro : snippet(row.body, isHit),
        language: doc.language,
        status: statusOf(doc, clock),
        nearestDeadline: next === null ? null : new Date(next).toISOString(),
        startsAt: doc.startsAt === null ? null : new Date(doc.startsAt).toISOString(),
        programme: programme && row.programmeName ? { slug: programme, name: row.programmeName } : null,
        codeMatch: codeMatches.has(doc),
      },
    ];
  });
}
