import type { AppDeps } from "../../app-deps.js";
import { AppError } from "../../errors.js";
import { clientAddress } from "../../platform/http/client-address.js";
import { rateLimit } from "../../platform/http/rate-limit.js";
import { problem } from "./problem.js";

/** The API's own limit per client address; going over gets a 429 problem. */
export function apiRateLimit(deps: AppDeps) {
  return rateLimit({
    store: deps.rateLimits,
    name: "api",
    limit: deps.config.API_RATE_LIMIT,
    windowSeconds: deps.config.API_RATE_WINDOW_SECONDS,
    client: (c) => clientAddress(c, deps.config.TRUST_PROXY),
    now: deps.now,
    log: deps.log,
    refuse: (c) => problem(c, new AppError("rate_limited")),
  });
}
