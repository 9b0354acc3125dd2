// A worker in a process of its own, running "test.work" jobs: each run is written to a file
// ("start <n> <worker>", then "done <n> <worker>"), so a test can tell who ran what, and how
// often. It also has an hourly task, "test.hourly", which does nothing.
import { appendFileSync } from "node:fs";
import pino from "pino";
import { connect } from "../../src/platform/db/connection.js";
import { createWorker } from "../../src/platform/jobs/worker.js";

const [url, runsFile, leaseMs, idleMs, mode] = process.argv.slice(2) as [string, string, string, string, string?];
const db = connect(url);
const worker = createWorker({
  db: db.kysely,
  log: pino({ level: "silent" }),
  leaseMs: Number(leaseMs),
  idleMs: Number(idleMs),
  modules: [
    {
      jobs: [
        {
          kind: "test.work",
          async run(payload) {
            const { n, ms } = payload as { n: number; ms: number };
            appendFileSync(runsFile, `start ${n} ${worker.id}\n`);
            console.log(`started ${n}`);
            if (mode === "--hang") await new Promise(() => {});
            await new Promise((resolve) => setTimeout(resolve, ms));
            appendFileSync(runsFile, `done ${n} ${worker.id}\n`);
          },
        },
      ],
      scheduled: [{ kind: "test.hourly", everyMs: 3_600_000, run: async () => {} }],
    },
  ],
});
process.once("SIGTERM", () => worker.stop());
console.log(`worker started ${worker.id}`);
await worker.start();
await db.close();
