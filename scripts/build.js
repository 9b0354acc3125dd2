// Compiles the server to dist/ (`npm run build`, which `npm install` runs through "prepare"):
// TypeScript to JavaScript, then the files it reads beside its modules (styles, script,
// glossaries, mappings) copied to the same places, so `new URL("./x", import.meta.url)` finds them.
import { spawnSync } from "node:child_process";
import { cpSync, rmSync } from "node:fs";

rmSync("dist", { recursive: true, force: true });
// npm puts the project's tsc on the PATH of its scripts.
const compiled = spawnSync("tsc", ["-p", "tsconfig.build.json"], { stdio: "inherit", shell: process.platform === "win32" });
if (compiled.status !== 0) process.exit(compiled.status ?? 1);
const isSource = (path) => /\.tsx?$/.test(path) || /[\\/]fixtures$/.test(path);
cpSync("src", "dist", { recursive: true, filter: (path) => !isSource(path) });
