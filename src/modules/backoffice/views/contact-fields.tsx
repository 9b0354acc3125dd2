import type { FieldsProps } from "../record-editor.js";
import { TextField } from "./form-kit.js";
import { fieldLabel } from "./record-fields.js";

/** A contact's own form: who, for which organisation, how to reach them. */
export function ContactFields({ form }: FieldsProps) {
  const { t } = form.page;
  const f = fieldLabel(t);
  return (
    <>
      <p class="field-hint">{t("bo.contacts.sharedNote")}</p>
      <TextField form={form} name="name" label={f("contact.name")} />
      <TextField form={form} name="slug" label={f("slug")} hint={t("bo.field.contactSlugHint")} />
      <TextField form={form} name="role" label={f("contact.role")} />
      <TextField form={form} name="organisation" label={f("contact.organisation")} />
      <TextField form={form} name="email" type="email" label={f("contact.email")} />
      <TextField form={form} name="phone" type="tel" label={f("contact.phone")} />
      <TextField form={form} name="website" type="url" label={f("contact.website")} />
      <TextField form={form} name="address" label={f("contact.address")} />
    </>
  );
}
