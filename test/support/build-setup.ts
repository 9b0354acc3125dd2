import { execFileSync } from "node:child_process";
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * Tests that start the command line or `npm start` run the compiled dist/: it is built again
 * first when a source is newer, so they never test yesterday's code.
 */
export default function setup(): void {
  const root = fileURLToPath(new URL("../../", import.meta.url));
  const built = modified(join(root, "dist/main.js"));
  const newest = Math.max(...files(join(root, "src")).map(modified), modified(join(root, "tsconfig.build.json")));
  if (built >= newest) return;
  console.info("\n[subsidiegids] src/ is newer than dist/: npm run build\n");
  execFileSync("npm", ["run", "-s", "build"], { cwd: root, stdio: "inherit" });
}

function modified(path: string): number {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return 0;
  }
}

function files(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? files(join(dir, entry.name)) : [join(dir, entry.name)],
  );
}
