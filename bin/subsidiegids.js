#!/usr/bin/env node
// Runs the compiled entry (built by `npm install`) in a child with a larger young generation:
// search makes many short-lived sets, and fewer collections keep its latency down.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { constants } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const entry = join(root, "dist/main.js");
if (!existsSync(entry)) {
  console.error(`subsidiegids is not built (${entry} is missing): run npm install, or npm run build.`);
  process.exit(1);
}
const child = spawn(process.execPath, ["--max-semi-space-size=32", entry, ...process.argv.slice(2)], { stdio: "inherit" });
// A terminal's Ctrl-C reaches the child itself; a service manager's SIGTERM or SIGHUP is sent to this process only.
process.on("SIGINT", () => {});
for (const signal of ["SIGTERM", "SIGHUP"]) process.on(signal, () => child.kill(signal));
child.on("exit", (code, signal) => process.exit(code ?? 128 + (constants.signals[signal] ?? 0)));
