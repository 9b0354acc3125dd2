import { type ChildProcessWithoutNullStreams, spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

const main = fileURLToPath(new URL("../../src/main.ts", import.meta.url));
const compiled = fileURLToPath(new URL("../../dist/main.js", import.meta.url));

export interface ServeProcess {
  /** http://127.0.0.1:<port>, without a trailing slash. */
  url: string;
  child: ChildProcessWithoutNullStreams;
  /** Every line the process wrote to stdout and stderr so far. */
  output(): string;
  /** Resolves with the exit code once the process has ended. */
  exited: Promise<number | null>;
  stop(): Promise<number | null>;
}

/**
 * `subsidiegids serve` as a separate process on a free port, started the way an operator
 * starts it; resolves once it listens. The environment holds only what the test gives.
 * `compiled`: what `npm start` runs (the build in dist/ and its Node options), for benchmarks;
 * `nodeArgs`: more Node options (web processes a cluster forks inherit them).
 */
export async function startServeProcess(
  env: Record<string, string>,
  { compiled: useBuild = false, nodeArgs = [] }: { compiled?: boolean; nodeArgs?: string[] } = {},
): Promise<ServeProcess> {
  const entry = useBuild ? ["--max-semi-space-size=32", ...nodeArgs, compiled] : [...nodeArgs, "--import", "tsx", main];
  const child = spawn(process.execPath, [...entry, "serve", "--port", "0"], {
    env: { PATH: process.env.PATH ?? "", HOST: "127.0.0.1", SEED_DEMO: "false", LOG_LEVEL: "info", ...env },
  });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => {
    output += chunk.toString("utf8");
  });
  child.stderr.on("data", (chunk: Buffer) => {
    output += chunk.toString("utf8");
  });
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  const port = await new Promise<number>((resolve, reject) => {
    const timer = setTimeout(() => {
      // Not left running behind a failed test or benchmark.
      child.kill("SIGKILL");
      reject(new Error(`serve did not start in time:\n${output}`));
    }, 120_000);
    const look = () => {
      const match = /"port":(\d+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        child.stdout.off("data", look);
        resolve(Number(match[1]));
      }
    };
    child.stdout.on("data", look);
    exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`serve exited with ${code} before listening:\n${output}`));
    });
  });
  return {
    url: `http://127.0.0.1:${port}`,
    child,
    output: () => output,
    exited,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGTERM");
      return exited;
    },
  };
}
