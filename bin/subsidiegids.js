#!/usr/bin/env node
// Runs the TypeScript entry through tsx so `npx subsidiegids` works without a build step.
import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const tsx = createRequire(import.meta.url).resolve("tsx/cli");
// A larger young generation: search makes many short-lived sets, and fewer collections keep its latency down.
const result = spawnSync(
  process.execPath,
  ["--max-semi-space-size=32", tsx, join(root, "src/main.ts"), ...process.argv.slice(2)],
  {
    stdio: "inherit",
  },
);
process.exit(result.status ?? 1);
