import { type ChildProcess, spawn } from "node:child_process";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../..", import.meta.url));

export interface RunningProcess {
  child: ChildProcess;
  /** Resolves with the first line of output that contains `text`. */
  lineWith(text: string): Promise<string>;
  /** Resolves when the process has ended, with its exit code (null when killed) and output. */
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>;
}

/** Starts a TypeScript file of this repository as a separate Node.js process. */
export function startProcess(script: string, args: string[], env: Record<string, string> = {}): RunningProcess {
  const child = spawn(process.execPath, ["--import", "tsx", script, ...args], {
    cwd: root,
    env: { PATH: process.env.PATH ?? "", LOG_LEVEL: "silent", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stdout = "";
  let stderr = "";
  const waiting: { text: string; resolve: (line: string) => void }[] = [];
  child.stdout?.setEncoding("utf8").on("data", (chunk: string) => {
    stdout += chunk;
    for (const w of [...waiting]) {
      const line = stdout.split("\n").find((l) => l.includes(w.text));
      if (line !== undefined) {
        waiting.splice(waiting.indexOf(w), 1);
        w.resolve(line);
      }
    }
  });
  child.stderr?.setEncoding("utf8").on("data", (chunk: string) => {
    stderr += chunk;
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }>((resolve) =>
    child.on("close", (code, signal) => resolve({ code, signal, stdout, stderr })),
  );
  return {
    child,
    exited,
    lineWith: (text) =>
      new Promise((resolve, reject) => {
        const line = stdout.split("\n").find((l) => l.includes(text));
        if (line !== undefined) return resolve(line);
        waiting.push({ text, resolve });
        exited.then((end) => reject(new Error(`process ended (${end.code ?? end.signal}) before "${text}": ${end.stderr}`)));
      }),
  };
}
