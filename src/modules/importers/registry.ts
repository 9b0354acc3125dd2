import type { Importer } from "./import-batch.js";

/** Every import format the CLI and the back office offer. Add an importer here. */
export const importers: Record<string, Importer> = {};
