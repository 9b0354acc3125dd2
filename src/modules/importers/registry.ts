import { csvImporter } from "./csv/csv.importer.js";
import { euFtImporter } from "./eu-ft/eu-ft.importer.js";
import type { Importer } from "./import-batch.js";
import { pageImporter } from "./pages/pages.importer.js";

/** Every import format the CLI and the back office offer. Add an importer here. */
export const importers: Record<string, Importer> = {
  [euFtImporter.format]: euFtImporter,
  [csvImporter.format]: csvImporter,
  [pageImporter.format]: pageImporter,
};
