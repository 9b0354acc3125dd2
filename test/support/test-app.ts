import { tmpdir } from "node:os";
import { join } from "node:path";
import pino from "pino";
import { buildApp } from "../../src/app.js";
import type { AppDeps } from "../../src/app-deps.js";
import { parseConfig } from "../../src/config.js";
import { createCatalogueWriter } from "../../src/modules/history/catalogue-writer.js";
import { createSearchService } from "../../src/modules/search/search.service.js";
import { databaseHealth } from "../../src/platform/http/health.js";
import { loadShedding } from "../../src/platform/http/load-shedding.js";
import { createRateLimitStore } from "../../src/platform/http/rate-limit-store.js";
import { createMailer } from "../../src/platform/mail/mailer.js";
import { createMetrics } from "../../src/platform/metrics/metrics.js";
import { watchQueues } from "../../src/platform/metrics/queue-gauges.js";
import type { TestDb } from "./dialects.js";

/** The real app on a test database, with a fixed clock (or one the test moves) so statuses and countdowns are stable. */
export function createTestApp(db: TestDb, options: { now?: Date; clock?: () => Date; env?: Record<string, string> } = {}) {
  const parsed = parseConfig({
    DATABASE_URL: db.url,
    BASE_URL: "http://localhost:3000",
    LOG_LEVEL: "silent",
    // Requests made in process follow each other within one turn of the event loop on the embedded
    // database, which would read as requests waiting in their sockets; the shedding tests set their own.
    MAX_LOOP_DELAY_MS: "60000",
    ...options.env,
  });
  if (!parsed.ok) throw new Error(parsed.errors.join("\n"));
  const now = options.now ?? new Date("2026-11-23T10:00:00.000Z");
  const search = createSearchService(db);
  const deps: AppDeps = {
    config: parsed.config,
    db,
    search,
    writer: createCatalogueWriter(db.kysely, [search.indexer]),
    rateLimits: createRateLimitStore(db.kysely),
    health: databaseHealth(),
    load: loadShedding({
      maxInFlight: parsed.config.MAX_IN_FLIGHT,
      maxLoopDelayMs: parsed.config.MAX_LOOP_DELAY_MS,
      costlyInProgress: parsed.config.MAX_COSTLY_IN_PROGRESS,
    }),
    log: pino({ level: "silent" }),
    // Without SMTP_URL the mails go to files, outside the source tree.
    mailer: createMailer({ ...parsed.config, DATA_DIR: options.env?.DATA_DIR ?? join(tmpdir(), "subsidiegids-test-mail") }),
    metrics: createMetrics({ processMetrics: false }),
    now: options.clock ?? (() => now),
  };
  watchQueues(deps.metrics, db.kysely, deps.now);
  return { app: buildApp(deps), deps, writer: deps.writer, now };
}

/** The text a visitor sees, without tags, for assertions on content. */
export function visibleText(html: string): string {
  return html
    .replace(/<script[\s\S]*?<\/script>/g, " ")
    .replace(/<[^>]+>/g, " ")
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ");
}

/** Template leftovers a visitor must never see. */
export function expectNoLeftovers(html: string): void {
  for (const leftover of ["undefined", "[object Object]", "NaN", "null"]) {
    const text = visibleText(html);
    if (new RegExp(`\\b${leftover.replace(/[[\]]/g, "\\$&")}\\b`).test(text)) {
      throw new Error(
        `page shows "${leftover}": …${text.slice(Math.max(0, text.indexOf(leftover) - 80), text.indexOf(leftover) + 80)}…`,
      );
    }
  }
}
