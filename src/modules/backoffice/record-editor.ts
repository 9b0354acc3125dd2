import type { Child, FC } from "hono/jsx";
import type { Kysely } from "kysely";
import type { z } from "zod";
import type { Database } from "../../platform/db/schema.js";
import type { MessageKey } from "../../platform/i18n/messages.nl.js";
import type { Lang, Translate } from "../../platform/i18n/translate.js";
import type { PageContext } from "../../platform/views/page-context.js";
import type { EntityStore } from "../history/save-entity.js";
import type { RecordSection } from "./backoffice-paths.js";
import type { CallChoices } from "./call-picker.js";
import type { ContactChoice } from "./contact-rows.js";
import type { FieldKind } from "./form-errors.js";
import type { FormValues } from "./form-values.js";
import type { RecordReference, UnknownReference } from "./record-references.js";
import type { FormState } from "./views/form-kit.js";

/** What the fields of a form get besides the values typed: the pickers' choices, previews, extra rows. */
export interface FieldsProps {
  form: FormState;
  options: PickerOptions;
  /** Rendered Markdown of the fields whose preview was asked for. */
  previews: Record<string, string>;
  extraRows: Record<string, number>;
}

export interface PickerOptions {
  programmes: { value: string; label: string }[];
  themes: { value: string; label: string }[];
  beneficiaryTypes: { value: string; label: string }[];
  /** Only read for forms with a contacts picker (see `pickContacts`). */
  contacts: ContactChoice[];
  /** Only read for forms with a calls picker: the calls chosen and those found by the search typed. */
  calls: CallChoices;
}

/** What the back office needs to know about one kind of record to list, edit and publish it. */
export interface RecordEditor<I extends { slug: string }> {
  section: RecordSection;
  store: EntityStore<I>;
  schema: z.ZodType<I, unknown>;
  /**
   * true: draft, scheduled, published, unpublished, archived, with changes to a published
   * record waiting beside it. false (themes, beneficiary types): a saved record is live.
   */
  workflow: boolean;
  /** The input of a record nobody has written yet: the defaults, under the form's fields. */
  blank(): I;
  /** The fields whose blank() value is only a placeholder (the title): a new record's form leaves them empty. */
  placeholders: readonly string[];
  toForm(input: I): FormValues;
  /**
   * The form's fields over `base`, so what the form does not show (an importer's source and
   * id, a programme's legislation) is kept. `rowIndex` maps a repeater's n-th kept row back to its form row.
   */
  fromForm(values: FormValues, base: I): { draft: Record<string, unknown>; rowIndex(repeater: string, position: number): number };
  label(t: Translate, field: string): string;
  kind(field: string): FieldKind | undefined;
  title(input: I, lang: Lang): string;
  markdownFields: readonly string[];
  /** The repeaters and their columns: "Rij toevoegen" adds a row to one of these. */
  repeaters: Record<string, readonly string[]>;
  /** Fields that name other records by slug: checked before a save, old addresses followed. */
  references: Record<string, RecordReference>;
  /** Absent: the record has no page of its own (a contact shows on the pages of the records naming it). */
  publicPath?(lang: Lang, slug: string): string;
  /**
   * What the form sent, completed before it is read: a contact picked from the list fills
   * its row. Names it cannot find are reported like unknown references.
   */
  completeForm?(db: Kysely<Database>, values: FormValues): Promise<{ values: FormValues; unknown: UnknownReference[] }>;
  /** What the record's page shows below its form: where a contact is used. */
  related?(db: Kysely<Database>, id: number, page: PageContext): Promise<Child>;
  /** The pickers the form has, whose choices are read for it. */
  pickers?: readonly ("contacts" | "calls")[];
  Fields: FC<FieldsProps>;
}

/**
 * A label function over `bo.field.<key>` for the keys a form has; repeater cells name their
 * row ("Deadlines 2: Datum") and `overrides` rename a column within one repeater.
 */
export function fieldLabels(
  keys: readonly string[],
  overrides: Record<string, Record<string, MessageKey>> = {},
): (t: Translate, field: string) => string {
  return (t, field) => {
    const labels: Record<string, string> = Object.fromEntries(keys.map((key) => [key, t(`bo.field.${key}` as MessageKey)]));
    const [repeater = "", index = "", column = ""] = field.split(".");
    if (!/^\d+$/.test(index)) return labels[field] ?? field;
    for (const [name, key] of Object.entries(overrides[repeater] ?? {})) labels[name] = t(key);
    const base = labels[repeater] ?? repeater;
    return column ? `${base} ${Number(index) + 1}: ${labels[column] ?? column}` : base;
  };
}
