import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import { basename, join } from "node:path";
import { AppError } from "../../../errors.js";

/** An uploaded import file, kept under DATA_DIR by the hash of its bytes between preview and commit. */
export interface StoredUpload {
  hash: string;
  /** The name it was uploaded with: importers name records by it ("004.txt:12"), so it is kept. */
  name: string;
  path: string;
}

/** A generous bound for the portal's full feed (about 8 MB today); larger files go through the command line. */
export const IMPORT_MAX_BYTES = 25 * 1024 * 1024;

const HASH = /^[0-9a-f]{64}$/;

/** The name without folders or odd characters, so it can never leave its folder. */
function safeName(name: string): string {
  const cleaned = basename(name.replace(/\\/g, "/"))
    .replace(/[^\w.-]+/g, "_")
    .replace(/^\.+/, "");
  return cleaned.slice(-120) || "upload";
}

export async function storeUpload(dataDir: string, name: string, bytes: Uint8Array): Promise<StoredUpload> {
  const hash = createHash("sha256").update(bytes).digest("hex");
  const folder = join(dataDir, "imports", hash);
  const file = safeName(name);
  await mkdir(folder, { recursive: true });
  const path = join(folder, file);
  if (!existsSync(path)) await writeFile(path, bytes);
  return { hash, name: file, path };
}

/** The file a preview showed, or an error when the form names none that is kept. */
export function storedUpload(dataDir: string, hash: string, name: string): StoredUpload {
  const file = safeName(name);
  const path = join(dataDir, "imports", hash, file);
  if (!HASH.test(hash) || file !== name || !existsSync(path)) {
    throw new AppError("import_failed", "the uploaded file is no longer kept; upload it again");
  }
  return { hash, name: file, path };
}
