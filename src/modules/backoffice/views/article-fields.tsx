import type { FieldsProps } from "../record-editor.js";
import { CheckboxGroup, MarkdownField, SelectField, TextField } from "./form-kit.js";
import { fieldLabel, languages } from "./record-fields.js";

/** The article form: its text in Markdown, and the themes and programmes it is about. */
export function ArticleFields({ form, options, previews }: FieldsProps) {
  const { t } = form.page;
  const f = fieldLabel(t);
  return (
    <>
      <TextField form={form} name="title" label={f("title")} />
      <TextField form={form} name="slug" label={f("slug")} hint={t("bo.field.slugHint")} />
      <TextField form={form} name="subtitle" label={f("subtitle")} />
      <MarkdownField form={form} name="body" label={f("body")} preview={previews.body} />
      <CheckboxGroup form={form} name="themes" legend={f("themes")} options={options.themes} />
      <CheckboxGroup form={form} name="programmes" legend={f("programmes")} options={options.programmes} />
      <SelectField form={form} name="language" label={f("language")} options={languages} />
    </>
  );
}
