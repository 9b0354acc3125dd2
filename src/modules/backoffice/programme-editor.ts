import { pathsFor } from "../../platform/http/paths.js";
import { type ProgrammeInput, programmeInput } from "../programmes/programme.input.js";
import { programmeStore } from "../programmes/programme.store.js";
import {
  CONTACT_LABELS,
  CONTACT_ROW_COLUMNS,
  contactRowPrefixes,
  contactsFromForm,
  contactsToForm,
  pickContacts,
} from "./contact-rows.js";
import { type FormValues, list, number, optional, rows, text } from "./form-values.js";
import { fieldLabels, type RecordEditor } from "./record-editor.js";
import { ProgrammeFields } from "./views/programme-fields.js";

const FIELDS = [
  "slug",
  "name",
  "nameEn",
  "shortName",
  "period",
  "managementMode",
  "introduction",
  "objectives",
  "partnersNeeded",
  "partnersNote",
  "cofinancing",
  "budgetAmountEur",
  "budgetNote",
  "website",
  "themes",
  "beneficiaryTypes",
  "language",
  "publishAt",
  "contacts",
] as const;

const CONTACTS = ["label", ...CONTACT_ROW_COLUMNS] as const;

/** The programme form: its description, the themes and beneficiaries its calls inherit. */
export const programmeEditor: RecordEditor<ProgrammeInput> = {
  section: "programmes",
  store: programmeStore,
  schema: programmeInput,
  workflow: true,
  placeholders: ["name"],
  Fields: ProgrammeFields,
  pickers: ["contacts"],
  completeForm: (db, values) => pickContacts(db, values, contactRowPrefixes(values)),
  publicPath: (lang, slug) => pathsFor(lang).programme(slug),
  references: {
    themes: { type: "theme", table: "themes" },
    beneficiaryTypes: { type: "beneficiary_type", table: "beneficiaryTypes" },
  },
  blank: () => programmeInput.parse({ slug: "nieuw", name: "nieuw", state: "draft" }),
  markdownFields: ["introduction", "objectives"],
  repeaters: { contacts: CONTACTS },
  title: (input) => input.name,
  kind: () => undefined,
  label: fieldLabels(FIELDS, { contacts: CONTACT_LABELS }),

  toForm(input) {
    const values: FormValues = {
      slug: input.slug,
      name: input.name,
      nameEn: input.nameEn ?? "",
      shortName: input.shortName ?? "",
      period: input.period ?? "",
      managementMode: input.managementMode ?? "",
      introduction: input.introduction ?? "",
      objectives: input.objectives ?? "",
      partnersNeeded: input.partnersNeeded ?? "",
      partnersNote: input.partnersNote ?? "",
      cofinancing: input.cofinancing ?? "",
      budgetAmountEur: input.budgetAmountEur === null ? "" : String(input.budgetAmountEur),
      budgetNote: input.budgetNote ?? "",
      website: input.website ?? "",
      language: input.language,
      "themes[]": input.themes,
      "beneficiaryTypes[]": input.beneficiaryTypes,
    };
    contactsToForm(values, input.contacts, true);
    return values;
  },

  fromForm(values, base) {
    const contacts = rows(values, "contacts", CONTACTS);
    return {
      rowIndex: (repeater, position) => (repeater === "contacts" ? (contacts[position]?.index ?? position) : position),
      draft: {
        ...base,
        slug: text(values, "slug").trim(),
        name: text(values, "name"),
        nameEn: optional(values, "nameEn"),
        shortName: optional(values, "shortName"),
        period: optional(values, "period"),
        managementMode: optional(values, "managementMode"),
        introduction: optional(values, "introduction"),
        objectives: optional(values, "objectives"),
        partnersNeeded: optional(values, "partnersNeeded"),
        partnersNote: optional(values, "partnersNote"),
        cofinancing: optional(values, "cofinancing"),
        budgetAmountEur: number(values, "budgetAmountEur"),
        budgetNote: optional(values, "budgetNote"),
        website: optional(values, "website"),
        language: text(values, "language") || base.language,
        themes: list(values, "themes"),
        beneficiaryTypes: list(values, "beneficiaryTypes"),
        contacts: contactsFromForm(contacts),
      },
    };
  },
};
