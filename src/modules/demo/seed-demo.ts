import type { Kysely } from "kysely";
import type { Database } from "../../platform/db/schema.js";
import { articleInput } from "../articles/article.input.js";
import { articleStore } from "../articles/article.store.js";
import { callInput } from "../calls/call.input.js";
import { callStore } from "../calls/call.store.js";
import { eventInput } from "../events/event.input.js";
import { eventStore } from "../events/event.store.js";
import type { CatalogueWriter } from "../history/catalogue-writer.js";
import { programmeInput } from "../programmes/programme.input.js";
import { programmeStore } from "../programmes/programme.store.js";
import { beneficiaryTypeInput, themeInput } from "../themes/theme.input.js";
import { beneficiaryTypeStore, themeStore } from "../themes/theme.store.js";
import { demoArticles } from "./articles.js";
import { DEMO_BENEFICIARY_TYPES } from "./beneficiary-types.js";
import { euPortalCalls } from "./calls-eu-portal.js";
import { flemishCalls } from "./calls-flanders.js";
import { demoClock } from "./demo-clock.js";
import { demoEvents } from "./events.js";
import { DEMO_PROGRAMMES } from "./programmes.js";
import { DEMO_THEMES } from "./themes.js";

const ACTOR = "demo";

/**
 * Fills an empty catalogue with the demo guide, dated around `now` so it looks alive on
 * any day; does nothing when the catalogue holds anything at all. One transaction: a
 * crash halfway leaves an empty catalogue, which the next start fills again.
 */
export async function seedDemoIfEmpty(db: Kysely<Database>, writer: CatalogueWriter, now: Date): Promise<boolean> {
  if (!(await catalogueIsEmpty(db))) return false;
  const clock = demoClock(now);
  const programmesPublishedAt = clock.at(-90, "09:00");
  await writer.transaction(async (tx) => {
    const save = { actor: ACTOR, now };
    for (const theme of DEMO_THEMES) await tx.save(themeStore, { input: themeInput.parse(theme), ...save });
    for (const type of DEMO_BENEFICIARY_TYPES) {
      await tx.save(beneficiaryTypeStore, { input: beneficiaryTypeInput.parse(type), ...save });
    }
    for (const programme of DEMO_PROGRAMMES) {
      const input = programmeInput.parse({ publishedAt: programmesPublishedAt, ...programme });
      await tx.save(programmeStore, { input, ...save });
    }
    for (const call of [...flemishCalls(clock), ...euPortalCalls(clock)]) {
      await tx.save(callStore, { input: callInput.parse(call), ...save });
    }
    for (const event of demoEvents(clock)) await tx.save(eventStore, { input: eventInput.parse(event), ...save });
    for (const article of demoArticles(clock)) await tx.save(articleStore, { input: articleInput.parse(article), ...save });
  });
  return true;
}

async function catalogueIsEmpty(db: Kysely<Database>): Promise<boolean> {
  for (const table of ["themes", "beneficiaryTypes", "programmes", "calls", "events", "articles"] as const) {
    const row = await db.selectFrom(table).select("id").limit(1).executeTakeFirst();
    if (row) return false;
  }
  return true;
}
