import { euFtImporter } from "./eu-ft/eu-ft.importer.js";
import type { Importer } from "./import-batch.js";

/** Every import format the CLI and the back office offer. Add an importer here. */
export const importers: Record<string, Importer> = {
  [euFtImporter.format]: euFtImporter,
};
