// Builds the server into dist/ (`npm run build`, which `npm install` runs through "prepare"):
// esbuild bundles the sources and the libraries they use into dist/main.js, with a chunk
// apart for each part only some requests or commands load, so a start reads a handful of files
// instead of some two thousand modules. The files the code reads beside its modules (styles,
// script, glossaries, mappings) are copied to their places under dist/, and every source's
// import.meta.url names its own place there, so `new URL("./x", import.meta.url)` finds them.
import { cpSync, readFileSync, rmSync } from "node:fs";
import { relative, resolve } from "node:path";
import { build } from "esbuild";

const src = resolve("src");
const pkg = JSON.parse(readFileSync("package.json", "utf8"));

const placeInDist = {
  name: "import-meta-url-in-dist",
  setup(bundle) {
    bundle.onLoad({ filter: /\.tsx?$/ }, (args) => {
      const source = readFileSync(args.path, "utf8");
      if (!args.path.startsWith(src) || !source.includes("import.meta.url")) return undefined;
      const place = `./${relative(src, args.path).replace(/\.tsx?$/, ".js")}`;
      return {
        contents: source.replaceAll("import.meta.url", `new URL(${JSON.stringify(place)}, import.meta.url).href`),
        loader: args.path.endsWith(".tsx") ? "tsx" : "ts",
      };
    });
  },
};

rmSync("dist", { recursive: true, force: true });
await build({
  entryPoints: { main: "src/main.ts" },
  outdir: "dist",
  bundle: true,
  splitting: true,
  format: "esm",
  platform: "node",
  // A library's ES module build where it has one: a CommonJS one loaded by import() would offer only its default export.
  mainFields: ["module", "main"],
  target: `node${pkg.engines.node.replace(/[^\d.]/g, "")}`,
  sourcemap: true,
  // Beside main.js: a chunk's import.meta.url then names the same folder as the entry's.
  chunkNames: "[name]-[hash]",
  // The native driver stays a package of its own; exceljs is large and only an export loads it.
  external: ["better-sqlite3", "pg-native", "exceljs"],
  // Libraries written as CommonJS call require(), which an ES module does not have.
  banner: {
    js: 'import { createRequire as __bundleRequire } from "node:module"; const require = __bundleRequire(import.meta.url);',
  },
  plugins: [placeInDist],
  logLevel: "warning",
});
const isSource = (path) => /\.tsx?$/.test(path) || /[\\/]fixtures$/.test(path);
cpSync("src", "dist", { recursive: true, filter: (path) => !isSource(path) });
