import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDb, type TestDb } from "../../../test/support/dialects.js";
import { createCatalogueWriter } from "../history/catalogue-writer.js";
import { seedTestCatalogue, TEST_NOW } from "./fixtures/test-catalogue.js";
import { createSearchService, type SearchService } from "./search.service.js";

const DAY = 86_400_000;

describe("status and deadline facets follow the clock to the millisecond", () => {
  let db: TestDb;
  let service: SearchService;
  beforeAll(async () => {
    db = await createTestDb("sqlite");
    service = createSearchService(db);
    await seedTestCatalogue(createCatalogueWriter(db.kysely, [service.indexer]));
  });
  afterAll(() => db.destroy());

  const count = async (at: number, facet: "statuses" | "deadlineWindows", value: string) =>
    (await service.search({ types: ["call"] }, new Date(at))).facets[facet].find((v) => v.value === value)?.count ?? 0;

  it("moves a call into the 30-day window and out of the open ones at the exact moment", async () => {
    const [nearest] = (await service.search({ types: ["call"], statuses: ["open"], sort: "deadline" }, TEST_NOW)).hits;
    const deadline = Date.parse(nearest?.nearestDeadline as string);
    const within30 = deadline - 30 * DAY;
    const before = await count(within30 - 1, "deadlineWindows", "30d");
    expect(await count(within30, "deadlineWindows", "30d")).toBe(before + 1);
    const open = await count(deadline, "statuses", "open");
    expect(await count(deadline + 1, "statuses", "open")).toBe(open - 1);
  });
});
