import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../../../", import.meta.url));
const dataDir = mkdtempSync(join(tmpdir(), "subsidiegids-start-"));

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

async function until<T>(what: string, probe: () => Promise<T | undefined>, seconds = 120): Promise<T> {
  const deadline = Date.now() + seconds * 1000;
  while (Date.now() < deadline) {
    const value = await probe().catch(() => undefined);
    if (value !== undefined) return value;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`gave up waiting: ${what}`);
}

/** Every process started under pid, read from /proc (Linux). */
function descendants(pid: number): number[] {
  const children = readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8").split(" ").filter(Boolean).map(Number);
  return children.flatMap((child) => [child, ...descendants(child)]);
}

const commandLine = (pid: number) => readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0").join(" ");
const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

describe("npm start", () => {
  let npm: ChildProcess | undefined;
  afterAll(() => {
    npm?.kill("SIGKILL");
    rmSync(dataDir, { recursive: true, force: true });
  });

  it("serves the compiled JavaScript, and a SIGTERM to npm stops the server with it, leaving no node behind", async () => {
    expect(existsSync(join(root, "dist/main.js")), "dist/ is built by npm install (npm run build)").toBe(true);
    const port = await freePort();
    npm = spawn("npm", ["start"], {
      cwd: root,
      env: {
        PATH: process.env.PATH ?? "",
        HOME: process.env.HOME ?? tmpdir(),
        DATA_DIR: dataDir,
        PORT: String(port),
        LOG_LEVEL: "silent",
      },
      stdio: "ignore",
    });
    const exited = new Promise<string>((resolve) => npm?.once("exit", (code, signal) => resolve(signal ?? `exit ${code}`)));
    const home = await until("the first page", async () => {
      const res = await fetch(`http://127.0.0.1:${port}/`);
      return res.status === 200 ? res.text() : undefined;
    });
    expect(home).toContain("Subsidiegids");

    // By its command line: Node 24 names its main thread "MainThread", which is what /proc's comm shows.
    const node = descendants(npm.pid as number).find((pid) => {
      const [program = "", ...args] = commandLine(pid).split(" ");
      return /(^|\/)node$/.test(program) && args.join(" ").includes("dist/main.js serve");
    });
    expect(node, "a node process runs dist/main.js").toBeDefined();
    expect(commandLine(node as number)).not.toContain("tsx");

    npm.kill("SIGTERM");
    // npm ends the way its script did, here by the signal it passed on.
    expect(["exit 0", "SIGTERM"]).toContain(await exited);
    await until("node to end", async () => (alive(node as number) ? undefined : true), 30);
    await expect(fetch(`http://127.0.0.1:${port}/healthz`)).rejects.toThrow();
  }, 180_000);
});
