import type { z } from "zod";
import type { PublicationState } from "../../platform/db/schema.js";
import type { Translate } from "../../platform/i18n/translate.js";
import type { EntityStore } from "../history/save-entity.js";
import type { RecordSection } from "./backoffice-paths.js";
import type { FormValues } from "./form-values.js";

/** What the back office needs to know about one kind of record to list, edit and publish it. */
export interface RecordEditor<I extends { slug: string; state: PublicationState }> {
  section: RecordSection;
  store: EntityStore<I>;
  schema: z.ZodType<I, unknown>;
  /** The input of a record nobody has written yet: the defaults, under the form's fields. */
  blank(): I;
  toForm(input: I): FormValues;
  /**
   * The form's fields over `base`, so what the form does not show (contacts, an importer's
   * source and id) is kept. `rowIndex` maps a repeater's n-th kept row back to its form row.
   */
  fromForm(values: FormValues, base: I): { draft: Record<string, unknown>; rowIndex(repeater: string, position: number): number };
  label(t: Translate, field: string): string;
  kind(field: string): "date" | "time" | undefined;
  title(input: I): string;
  markdownFields: readonly string[];
  /** The repeaters and their columns: "Rij toevoegen" adds a row to one of these. */
  repeaters: Record<string, readonly string[]>;
}

/** A repeater cell's label for messages: "Deadlines 2: Datum". */
export function repeaterLabel(field: string, labels: Record<string, string>): string {
  const [repeater = "", index = "0", column = ""] = field.split(".");
  const base = labels[repeater] ?? repeater;
  return column ? `${base} ${Number(index) + 1}: ${labels[column] ?? column}` : base;
}
