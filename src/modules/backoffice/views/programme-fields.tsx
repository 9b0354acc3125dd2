import type { FieldsProps } from "../record-editor.js";
import { CheckboxGroup, MarkdownField, SelectField, TextField } from "./form-kit.js";
import { ContactRows, fieldLabel, languages, tristate } from "./record-fields.js";

/** The programme form: its description, and the themes and beneficiaries its calls inherit. */
export function ProgrammeFields({ form, options, previews, extraRows }: FieldsProps) {
  const { t } = form.page;
  const f = fieldLabel(t);
  return (
    <>
      <TextField form={form} name="name" label={f("name")} />
      <TextField form={form} name="slug" label={f("slug")} hint={t("bo.field.slugHint")} />
      <TextField form={form} name="nameEn" label={f("nameEn")} />
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
      <ContactRows form={form} choices={options.contacts} extra={extraRows.contacts ?? 0} withLabel />
      <CheckboxGroup form={form} name="themes" legend={f("themes")} options={options.themes} />
      <CheckboxGroup form={form} name="beneficiaryTypes" legend={f("beneficiaryTypes")} options={options.beneficiaryTypes} />
      <SelectField form={form} name="language" label={f("language")} options={languages} />
    </>
  );
}
