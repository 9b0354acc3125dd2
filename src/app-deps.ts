import type { Logger } from "pino";
import type { Config } from "./config.js";
import type { CatalogueWriter } from "./modules/history/catalogue-writer.js";
import type { SearchService } from "./modules/search/search.service.js";
import type { Db } from "./platform/db/connection.js";
import type { DatabaseHealth } from "./platform/http/health.js";
import type { LoadShedding } from "./platform/http/load-shedding.js";
import type { RateLimitStore } from "./platform/http/rate-limit-store.js";
import type { Mailer } from "./platform/mail/mailer.js";
import type { Metrics } from "./platform/metrics/metrics.js";

/** Everything the app needs from outside, passed in: no module reaches for a singleton. */
export interface AppDeps {
  config: Config;
  db: Db;
  writer: CatalogueWriter;
  search: SearchService;
  /** Request counters every process shares (pages, feeds, API, sign-in forms). */
  rateLimits: RateLimitStore;
  /** What this process has seen of the database's state, for /readyz. */
  health: DatabaseHealth;
  /** This process's bounded queue and event-loop delay. */
  load: LoadShedding;
  log: Logger;
  mailer: Mailer;
  /** What /metrics reports of this process. */
  metrics: Metrics;
  /** The clock; tests pass a fixed one. */
  now: () => Date;
}
