import { pathsFor } from "../../platform/http/paths.js";
import type { Translate } from "../../platform/i18n/translate.js";
import { type BeneficiaryTypeInput, beneficiaryTypeInput, type ThemeInput, themeInput } from "../themes/theme.input.js";
import { beneficiaryTypeStore, themeStore } from "../themes/theme.store.js";
import { CONTACT_PICK, pickContacts } from "./contact-rows.js";
import { type FormValues, number, optional, text } from "./form-values.js";
import { fieldLabels, type RecordEditor } from "./record-editor.js";
import { BeneficiaryTypeFields, CONTACT_FIELDS, ThemeFields } from "./views/taxonomy-fields.js";

const FIELDS = ["slug", "nameNl", "nameEn", "description", "position"] as const;
const labels = fieldLabels(FIELDS);
const themeLabels = fieldLabels([...FIELDS, ...[CONTACT_PICK, ...CONTACT_FIELDS].map((name) => `contact.${name}`)]);

const common = {
  workflow: false,
  placeholders: ["nameNl", "nameEn"],
  markdownFields: [],
  repeaters: {},
  references: {},
  kind: () => undefined,
} as const;

function namesToForm(input: BeneficiaryTypeInput): FormValues {
  return {
    slug: input.slug,
    nameNl: input.nameNl,
    nameEn: input.nameEn,
    description: input.description ?? "",
    position: String(input.position),
  };
}

function namesFromForm(values: FormValues) {
  return {
    slug: text(values, "slug").trim(),
    nameNl: text(values, "nameNl"),
    nameEn: text(values, "nameEn"),
    description: optional(values, "description"),
    position: number(values, "position") ?? 0,
  };
}

/** A theme: its names in both languages, its place in lists, and the contact point it names. */
export const themeEditor: RecordEditor<ThemeInput> = {
  ...common,
  section: "themes",
  store: themeStore,
  schema: themeInput,
  blank: () => themeInput.parse({ slug: "nieuw", nameNl: "nieuw", nameEn: "new" }),
  title: (input, lang) => (lang === "en" ? input.nameEn : input.nameNl),
  publicPath: (lang, slug) => pathsFor(lang).theme(slug),
  Fields: ThemeFields,
  pickers: ["contacts"],
  completeForm: (db, values) => pickContacts(db, values, ["contact."]),
  label: (t: Translate, field: string) =>
    field.startsWith("contact.") ? `${t("bo.field.contact")}: ${themeLabels(t, field)}` : themeLabels(t, field),

  toForm(input) {
    const values = namesToForm(input);
    for (const name of CONTACT_FIELDS) values[`contact.${name}`] = input.contact?.[name] ?? "";
    return values;
  },

  fromForm(values, base) {
    const typed = Object.fromEntries(CONTACT_FIELDS.map((name) => [name, optional(values, `contact.${name}`)]));
    // A contact left wholly empty is no contact; one with a field filled needs a name, as the schema says.
    const contact = Object.values(typed).some((value) => value !== null) ? { ...typed, label: null } : null;
    return { rowIndex: (_, position) => position, draft: { ...base, ...namesFromForm(values), contact } };
  },
};

/** A kind of organisation that can apply: its names in both languages and its place in lists. */
export const beneficiaryTypeEditor: RecordEditor<BeneficiaryTypeInput> = {
  ...common,
  section: "beneficiaries",
  store: beneficiaryTypeStore,
  schema: beneficiaryTypeInput,
  blank: () => beneficiaryTypeInput.parse({ slug: "nieuw", nameNl: "nieuw", nameEn: "new" }),
  title: (input, lang) => (lang === "en" ? input.nameEn : input.nameNl),
  publicPath: (lang, slug) => pathsFor(lang).beneficiary(slug),
  Fields: BeneficiaryTypeFields,
  label: labels,
  toForm: namesToForm,
  fromForm: (values, base) => ({ rowIndex: (_, position) => position, draft: { ...base, ...namesFromForm(values) } }),
};
