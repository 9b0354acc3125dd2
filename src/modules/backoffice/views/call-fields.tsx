import type { FieldsProps } from "../record-editor.js";
import { CheckboxField, CheckboxGroup, MarkdownField, Repeater, SelectField, TextField } from "./form-kit.js";
import { ContactRows, fieldLabel, InheritChoice, languages, rowsOf, tristate } from "./record-fields.js";

/** The call form: deadlines, shares and documents as rows, themes and beneficiaries inherited or own. */
export function CallFields({ form, options, previews, extraRows }: FieldsProps) {
  const { t } = form.page;
  const f = fieldLabel(t);
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
      <ContactRows form={form} choices={options.contacts} extra={extraRows.contacts ?? 0} withLabel={false} />
      <TextField form={form} name="url" type="url" label={f("url")} />
      <TextField form={form} name="submissionUrl" type="url" label={f("submissionUrl")} />
      <SelectField form={form} name="language" label={f("language")} options={languages} />
    </>
  );
}
