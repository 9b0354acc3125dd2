import { pathsFor } from "../../platform/http/paths.js";
import { type CallInput, callInput } from "../calls/call.input.js";
import { callStore } from "../calls/call.store.js";
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
import { CallFields } from "./views/call-fields.js";

const REPEATERS = {
  deadlines: ["date", "time", "label"],
  cofinancingShares: ["source", "bound", "percent"],
  links: ["label", "url"],
  contacts: CONTACT_ROW_COLUMNS,
} as const;

const LABEL_KEYS = [
  "slug",
  "title",
  "code",
  "programme",
  "opensOn",
  "isRolling",
  "deadlines",
  "date",
  "time",
  "introduction",
  "objectives",
  "partnersNeeded",
  "partnersNote",
  "budgetAmountEur",
  "budgetNote",
  "expectedGrants",
  "minContributionEur",
  "maxContributionEur",
  "cofinancingNote",
  "cofinancingShares",
  "source",
  "bound",
  "percent",
  "url",
  "submissionUrl",
  "links",
  "themes",
  "beneficiaryTypes",
  "language",
  "publishAt",
  "label",
  "contacts",
] as const;

const show = (value: number | null) => (value === null ? "" : String(value));

/** The call form: every field an editor keeps current, with deadlines, shares and documents as rows. */
export const callEditor: RecordEditor<CallInput> = {
  section: "calls",
  store: callStore,
  schema: callInput,
  workflow: true,
  placeholders: ["title"],
  Fields: CallFields,
  pickers: ["contacts"],
  completeForm: (db, values) => pickContacts(db, values, contactRowPrefixes(values)),
  publicPath: (lang, slug) => pathsFor(lang).call(slug),
  references: {
    programme: { type: "programme", table: "programmes" },
    themes: { type: "theme", table: "themes" },
    beneficiaryTypes: { type: "beneficiary_type", table: "beneficiaryTypes" },
  },
  blank: () => callInput.parse({ slug: "nieuw", title: "nieuw", state: "draft" }),
  markdownFields: ["introduction", "objectives"],
  repeaters: REPEATERS,
  title: (input) => input.title,
  kind: (field) => (/(^opensOn|\.date)$/.test(field) ? "date" : field.endsWith(".time") ? "time" : undefined),

  label: fieldLabels(LABEL_KEYS, { links: { label: "bo.field.linkLabel", url: "bo.field.linkUrl" }, contacts: CONTACT_LABELS }),

  toForm(input) {
    const values: FormValues = {
      slug: input.slug,
      title: input.title,
      code: input.code ?? "",
      programme: input.programme ?? "",
      opensOn: input.opensOn ?? "",
      isRolling: input.isRolling ? "1" : "",
      introduction: input.introduction ?? "",
      objectives: input.objectives ?? "",
      partnersNeeded: input.partnersNeeded ?? "",
      partnersNote: input.partnersNote ?? "",
      budgetAmountEur: show(input.budgetAmountEur),
      budgetNote: input.budgetNote ?? "",
      expectedGrants: show(input.expectedGrants),
      minContributionEur: show(input.minContributionEur),
      maxContributionEur: show(input.maxContributionEur),
      cofinancingNote: input.cofinancingNote ?? "",
      url: input.url ?? "",
      submissionUrl: input.submissionUrl ?? "",
      language: input.language,
      themesMode: input.themes === null ? "inherit" : "own",
      "themes[]": input.themes ?? [],
      beneficiaryTypesMode: input.beneficiaryTypes === null ? "inherit" : "own",
      "beneficiaryTypes[]": input.beneficiaryTypes ?? [],
    };
    input.deadlines.forEach((d, i) => {
      values[`deadlines.${i}.date`] = d.date;
      values[`deadlines.${i}.time`] = d.time ?? "";
      values[`deadlines.${i}.label`] = d.label ?? "";
    });
    input.cofinancingShares.forEach((s, i) => {
      values[`cofinancingShares.${i}.source`] = s.source;
      values[`cofinancingShares.${i}.bound`] = s.bound;
      values[`cofinancingShares.${i}.percent`] = String(s.percent);
    });
    input.links.forEach((l, i) => {
      values[`links.${i}.label`] = l.label;
      values[`links.${i}.url`] = l.url;
    });
    contactsToForm(values, input.contacts, false);
    return values;
  },

  fromForm(values, base) {
    const deadlines = rows(values, "deadlines", REPEATERS.deadlines);
    const shares = rows(values, "cofinancingShares", REPEATERS.cofinancingShares);
    const links = rows(values, "links", REPEATERS.links);
    const contacts = rows(values, "contacts", REPEATERS.contacts);
    const kept = { deadlines, cofinancingShares: shares, links, contacts };
    return {
      rowIndex: (repeater, position) => kept[repeater as keyof typeof kept]?.[position]?.index ?? position,
      draft: {
        ...base,
        slug: text(values, "slug").trim(),
        title: text(values, "title"),
        code: optional(values, "code"),
        programme: optional(values, "programme"),
        opensOn: optional(values, "opensOn"),
        isRolling: text(values, "isRolling") === "1",
        deadlines: deadlines.map(({ cells }) => ({ date: cells.date, time: cells.time || null, label: cells.label || null })),
        introduction: optional(values, "introduction"),
        objectives: optional(values, "objectives"),
        partnersNeeded: optional(values, "partnersNeeded"),
        partnersNote: optional(values, "partnersNote"),
        budgetAmountEur: number(values, "budgetAmountEur"),
        budgetNote: optional(values, "budgetNote"),
        expectedGrants: number(values, "expectedGrants"),
        minContributionEur: number(values, "minContributionEur"),
        maxContributionEur: number(values, "maxContributionEur"),
        cofinancingNote: optional(values, "cofinancingNote"),
        cofinancingShares: shares.map(({ index, cells }) => ({
          source: cells.source,
          bound: text(values, `cofinancingShares.${index}.bound`) || "max",
          percent: number(values, `cofinancingShares.${index}.percent`),
        })),
        url: optional(values, "url"),
        submissionUrl: optional(values, "submissionUrl"),
        links: links.map(({ cells }) => ({ label: cells.label, url: cells.url })),
        contacts: contactsFromForm(contacts),
        language: text(values, "language") || base.language,
        themes: text(values, "themesMode") === "own" ? list(values, "themes") : null,
        beneficiaryTypes: text(values, "beneficiaryTypesMode") === "own" ? list(values, "beneficiaryTypes") : null,
      },
    };
  },
};
