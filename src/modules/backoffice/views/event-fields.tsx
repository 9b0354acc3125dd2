import type { FieldsProps } from "../record-editor.js";
import { CallPicker } from "./call-picker.js";
import { CheckboxField, MarkdownField, SelectField, TextField } from "./form-kit.js";
import { fieldLabel, languages } from "./record-fields.js";

/** The event form: when (Brussels time) and where, who organises it and the calls it is about. */
export function EventFields({ form, options, previews }: FieldsProps) {
  const { t } = form.page;
  const f = fieldLabel(t);
  return (
    <>
      <TextField form={form} name="title" label={f("title")} />
      <TextField form={form} name="slug" label={f("slug")} hint={t("bo.field.slugHint")} />
      <MarkdownField form={form} name="summary" label={f("summary")} preview={previews.summary} />
      <TextField form={form} name="startsAt" type="datetime-local" label={f("startsAt")} />
      <TextField form={form} name="endsAt" type="datetime-local" label={f("endsAt")} />
      <CheckboxField form={form} name="isOnline" label={f("isOnline")} />
      <TextField form={form} name="location" label={f("location")} />
      <TextField form={form} name="organiser" label={f("organiser")} />
      <TextField form={form} name="contactName" label={f("contactName")} />
      <TextField form={form} name="contactEmail" type="email" label={f("contactEmail")} />
      <TextField form={form} name="registrationUrl" type="url" label={f("registrationUrl")} />
      <TextField form={form} name="recordingUrl" type="url" label={f("recordingUrl")} />
      <CallPicker form={form} choices={options.calls} />
      <MarkdownField form={form} name="body" label={f("body")} preview={previews.body} />
      <SelectField form={form} name="language" label={f("language")} options={languages} />
    </>
  );
}
