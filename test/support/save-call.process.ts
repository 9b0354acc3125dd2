// A separate process that saves one call the way an editor does: it reads the call, says
// "ready", then saves it with a new title and the version it read, and prints the outcome.
import { callStore } from "../../src/modules/calls/call.store.js";
import { createCatalogueWriter } from "../../src/modules/history/catalogue-writer.js";
import { VersionConflict } from "../../src/modules/history/version-conflict.js";
import { connect } from "../../src/platform/db/connection.js";

const [url, id, title, actor] = process.argv.slice(2) as [string, string, string, string];
const db = connect(url);
const writer = createCatalogueWriter(db.kysely);
const stored = await db.kysely.transaction().execute((trx) => callStore.load(trx, Number(id)));
if (!stored) throw new Error(`no call ${id}`);
console.log("ready");
try {
  const result = await writer.save(callStore, {
    id: Number(id),
    expectedVersion: stored.version,
    input: { ...stored.input, title },
    actor,
  });
  console.log(JSON.stringify({ outcome: result.outcome }));
} catch (error) {
  if (!(error instanceof VersionConflict)) throw error;
  console.log(JSON.stringify({ outcome: "conflict", savedBy: error.latest.actor, nl: error.messageIn("nl") }));
} finally {
  await db.close();
}
