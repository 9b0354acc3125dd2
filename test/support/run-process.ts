import { spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

const main = fileURLToPath(new URL("../../src/main.ts", import.meta.url));

export interface Finished {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** `subsidiegids <args>` run to its end as a separate process, with what it printed. */
export function runCommand(args: string[], env: Record<string, string>): Promise<Finished> {
  return runScript(main, args, env);
}

/** A TypeScript file of ours (the entry point, the call writer) run to its end as a process of its own. */
export function runScript(path: string, args: string[], env: Record<string, string>): Promise<Finished> {
  const child = spawn(process.execPath, ["--import", "tsx", path, ...args], {
    env: { PATH: process.env.PATH ?? "", LOG_LEVEL: "warn", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  child.stdout?.on("data", (chunk: Buffer) => {
    stdout += chunk.toString();
  });
  child.stderr?.on("data", (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  return new Promise((resolve) => child.once("exit", (code) => resolve({ code, stdout, stderr })));
}
