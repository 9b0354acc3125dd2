import { readdir, readFile, stat } from "node:fs/promises";
import { basename, extname, join, relative, resolve } from "node:path";
import { AppError } from "../../../errors.js";
import { emptyBatch, type Importer } from "../import-batch.js";
import { readPage } from "./origin-page.js";
import { pageBatch } from "./page-batch.js";
import { PageError } from "./page-error.js";
import { origin, type PageFile, type PageRecords } from "./page-records.js";

/** The plain-text copies of the origin guide's pages: a file, or a folder of .txt files. */
export const pageImporter: Importer = {
  format: "pages",
  description: "pages of the origin guide as plain text (.txt): calls with their programme, events, articles",
  onInvalid: "reject-file",
  async read(path, { onProgress }) {
    const { files, skipped } = await pageFiles(path);
    const batch = { ...emptyBatch(), skipped };
    const pages: PageRecords[] = [];
    for (const [index, file] of files.entries()) {
      const page: PageFile = { file: shown(file), stem: basename(file, extname(file)) };
      try {
        pages.push(readPage(page, await readFile(file)));
      } catch (error) {
        if (!(error instanceof PageError)) throw error;
        batch.rejected.push({ origin: origin(page, error.line), reason: error.reason });
      }
      onProgress?.(index + 1, files.length);
    }
    return pageBatch(pages, batch);
  },
};

async function pageFiles(path: string) {
  const info = await stat(path).catch(() => {
    throw new AppError("import_failed", `${path}: no such file or folder`);
  });
  if (!info.isDirectory()) return { files: [path], skipped: [] };
  const names = (await readdir(path)).sort();
  return {
    files: names.filter((n) => extname(n) === ".txt").map((n) => join(path, n)),
    skipped: names.filter((n) => extname(n) !== ".txt").map((n) => ({ origin: shown(join(path, n)), reason: "not a .txt page" })),
  };
}

/** Paths in messages as short as they stay clear: relative to the working folder when inside it. */
function shown(file: string): string {
  const inside = relative(process.cwd(), file);
  return inside && !inside.startsWith("..") ? inside : resolve(file);
}
