import type { FreeSection } from "../../history/entity-input.js";

/** What a page parser keeps aside: free sections for the record, warnings by line for the editor. */
export class Findings {
  readonly extraSections: FreeSection[] = [];
  readonly warnings: { line: number; reason: string }[] = [];

  warn(line: number, reason: string): void {
    this.warnings.push({ line, reason });
  }

  /** Keeps text the importer cannot place as a free section, and says so. */
  keep(line: number, heading: string, body: string | null, reason: string): void {
    this.extraSections.push({ heading, body: body ?? "" });
    this.warn(line, `${reason}; kept as free section "${heading}"`);
  }
}
