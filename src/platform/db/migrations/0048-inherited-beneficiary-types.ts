import type { MigrationDb } from "./helpers.js";

/**
 * The search documents of calls that name no beneficiary types of their own now mark the
 * types they inherit from their programme ("|~ngo|"), so facets can tell the two apart.
 */
export async function up(db: MigrationDb): Promise<void> {
  const documents = await db
    .selectFrom("search_documents as s")
    .innerJoin("calls as c", "c.id", "s.entity_id")
    .select(["s.id as id", "s.beneficiary_types as types"])
    .where("s.entity_type", "=", "call")
    .where("c.own_beneficiaries", "=", 0)
    .where("s.beneficiary_types", "!=", "")
    .execute();
  for (const doc of documents as { id: number; types: string }[]) {
    const marked = doc.types
      .slice(1, -1)
      .split("|")
      .map((slug) => (slug.startsWith("~") ? slug : `~${slug}`));
    await db
      .updateTable("search_documents")
      .set({ beneficiary_types: `|${marked.join("|")}|` })
      .where("id", "=", doc.id)
      .execute();
  }
}
