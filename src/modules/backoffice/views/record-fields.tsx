import type { Translate } from "../../../platform/i18n/translate.js";
import { fieldId } from "../form-errors.js";
import { rowCount, text } from "../form-values.js";
import { CheckboxField, CheckboxGroup, type FormState, MarkdownField, Repeater, SelectField, TextField } from "./form-kit.js";

export interface PickerOptions {
  programmes: { value: string; label: string }[];
  themes: { value: string; label: string }[];
  beneficiaryTypes: { value: string; label: string }[];
}

/** Rendered Markdown of the fields whose preview was asked for. */
export type Previews = Record<string, string>;

const tristate = (t: Translate) => [
  { value: "", label: t("bo.form.unknown") },
  { value: "yes", label: t("bo.form.yes") },
  { value: "no", label: t("bo.form.no") },
  { value: "sometimes", label: t("bo.form.sometimes") },
];

const languages = [
  { value: "nl", label: "Nederlands" },
  { value: "en", label: "English" },
];

/** A repeater shows the rows typed and one empty row more; "Rij toevoegen" asked for one extra. */
const rowsOf = (form: FormState, name: string, extra: number) => rowCount(form.values, name) + 1 + extra;

/** "Inherit from the programme" or an own selection, as two radio buttons above the checkboxes. */
function InheritChoice({ form, name, t }: { form: FormState; name: string; t: Translate }) {
  const mode = text(form.values, `${name}Mode`) || "inherit";
  return (
    <p>
      <label>
        <input type="radio" name={`${name}Mode`} value="inherit" checked={mode === "inherit"} id={fieldId(`${name}Mode`)} />{" "}
        {t("bo.form.inherit")}
      </label>{" "}
      <label>
        <input type="radio" name={`${name}Mode`} value="own" checked={mode === "own"} /> {t("bo.form.own")}
      </label>
    </p>
  );
}

export function CallFields({
  form,
  options,
  previews,
  extraRows,
}: {
  form: FormState;
  options: PickerOptions;
  previews: Previews;
  extraRows: Record<string, number>;
}) {
  const { t } = form.page;
  const f = (name: string) => t(`bo.field.${name}` as Parameters<Translate>[0]);
  return (
    <>
      <TextField form={form} name="title" label={f("title")} />
      <TextField form={form} name="slug" label={f("slug")} hint={t("bo.field.slugHint")} />
      <TextField form={form} name="code" label={f("code")} />
      <SelectField
        form={form}
        name="programme"
        label={f("programme")}
        options={[{ value: "", label: t("bo.form.none") }, ...options.programmes]}
      />
      <TextField form={form} name="opensOn" type="date" label={f("opensOn")} />
      <CheckboxField form={form} name="isRolling" label={f("isRolling")} />
      <Repeater
        form={form}
        name="deadlines"
        legend={f("deadlines")}
        count={rowsOf(form, "deadlines", extraRows.deadlines ?? 0)}
        columns={[
          { name: "date", label: f("date"), type: "date" },
          { name: "time", label: f("time"), type: "time" },
          { name: "label", label: f("label") },
        ]}
      />
      <MarkdownField form={form} name="introduction" label={f("introduction")} preview={previews.introduction} />
      <MarkdownField form={form} name="objectives" label={f("objectives")} preview={previews.objectives} />
      <SelectField form={form} name="partnersNeeded" label={f("partnersNeeded")} options={tristate(t)} />
      <TextField form={form} name="partnersNote" label={f("partnersNote")} />
      <TextField form={form} name="budgetAmountEur" label={f("budgetAmountEur")} inputmode="decimal" />
      <TextField form={form} name="budgetNote" label={f("budgetNote")} />
      <TextField form={form} name="expectedGrants" label={f("expectedGrants")} inputmode="numeric" />
      <TextField form={form} name="minContributionEur" label={f("minContributionEur")} inputmode="decimal" />
      <TextField form={form} name="maxContributionEur" label={f("maxContributionEur")} inputmode="decimal" />
      <Repeater
        form={form}
        name="cofinancingShares"
        legend={f("cofinancingShares")}
        count={rowsOf(form, "cofinancingShares", extraRows.cofinancingShares ?? 0)}
        columns={[
          { name: "source", label: f("source") },
          {
            name: "bound",
            label: f("bound"),
            options: [
              { value: "", label: "–" },
              { value: "max", label: t("bo.form.max") },
              { value: "min", label: t("bo.form.min") },
            ],
          },
          { name: "percent", label: f("percent"), inputmode: "decimal" },
        ]}
      />
      <TextField form={form} name="cofinancingNote" label={f("cofinancingNote")} />
      <CheckboxGroup
        form={form}
        name="themes"
        legend={f("themes")}
        options={options.themes}
        before={<InheritChoice form={form} name="themes" t={t} />}
      />
      <CheckboxGroup
        form={form}
        name="beneficiaryTypes"
        legend={f("beneficiaryTypes")}
        options={options.beneficiaryTypes}
        before={<InheritChoice form={form} name="beneficiaryTypes" t={t} />}
      />
      <Repeater
        form={form}
        name="links"
        legend={f("links")}
        count={rowsOf(form, "links", extraRows.links ?? 0)}
        columns={[
          { name: "label", label: t("bo.field.linkLabel") },
          { name: "url", label: t("bo.field.linkUrl"), type: "url" },
        ]}
      />
      <TextField form={form} name="url" type="url" label={f("url")} />
      <TextField form={form} name="submissionUrl" type="url" label={f("submissionUrl")} />
      <SelectField form={form} name="language" label={f("language")} options={languages} />
    </>
  );
}

export function ProgrammeFields({ form, options, previews }: { form: FormState; options: PickerOptions; previews: Previews }) {
  const { t } = form.page;
  const f = (name: string) => t(`bo.field.${name}` as Parameters<Translate>[0]);
  return (
    <>
      <TextField form={form} name="name" label={f("name")} />
      <TextField form={form} name="slug" label={f("slug")} hint={t("bo.field.slugHint")} />
      <TextField form={form} name="shortName" label={f("shortName")} />
      <TextField form={form} name="period" label={f("period")} />
      <SelectField
        form={form}
        name="managementMode"
        label={f("managementMode")}
        options={[
          { value: "", label: t("bo.form.unknown") },
          { value: "direct", label: t("bo.form.direct") },
          { value: "shared", label: t("bo.form.shared") },
          { value: "indirect", label: t("bo.form.indirect") },
        ]}
      />
      <MarkdownField form={form} name="introduction" label={f("introduction")} preview={previews.introduction} />
      <MarkdownField form={form} name="objectives" label={f("objectives")} preview={previews.objectives} />
      <SelectField form={form} name="partnersNeeded" label={f("partnersNeeded")} options={tristate(t)} />
      <TextField form={form} name="partnersNote" label={f("partnersNote")} />
      <TextField form={form} name="cofinancing" label={f("cofinancing")} />
      <TextField form={form} name="budgetAmountEur" label={f("budgetAmountEur")} inputmode="decimal" />
      <TextField form={form} name="budgetNote" label={f("budgetNote")} />
      <TextField form={form} name="website" type="url" label={f("website")} />
      <CheckboxGroup form={form} name="themes" legend={f("themes")} options={options.themes} />
      <CheckboxGroup form={form} name="beneficiaryTypes" legend={f("beneficiaryTypes")} options={options.beneficiaryTypes} />
      <SelectField form={form} name="language" label={f("language")} options={languages} />
    </>
  );
}
