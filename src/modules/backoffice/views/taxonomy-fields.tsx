import type { FieldsProps } from "../record-editor.js";
import { TextField } from "./form-kit.js";
import { CONTACT_CHOICES_ID, ContactChoices, fieldLabel } from "./record-fields.js";

/** The contact point of a theme, as the form names its fields (`contact.email`). */
export const CONTACT_FIELDS = ["name", "role", "organisation", "email", "phone", "address", "website"] as const;

/** A beneficiary type's form, and the first part of a theme's: names in both languages, address, place in lists. */
export function BeneficiaryTypeFields({ form }: FieldsProps) {
  const { t } = form.page;
  const f = fieldLabel(t);
  return (
    <>
      <TextField form={form} name="nameNl" label={f("nameNl")} />
      <TextField form={form} name="nameEn" label={f("nameEn")} />
      <TextField form={form} name="slug" label={f("slug")} hint={t("bo.field.slugHint")} />
      <TextField form={form} name="description" label={f("description")} />
      <TextField form={form} name="position" label={f("position")} inputmode="numeric" />
    </>
  );
}

export function ThemeFields(props: FieldsProps) {
  const { form } = props;
  const { t } = form.page;
  const f = fieldLabel(t);
  return (
    <>
      <BeneficiaryTypeFields {...props} />
      <fieldset class="field">
        <legend class="field-label">{f("contact")}</legend>
        <span class="field-hint">{t("bo.field.contactHint")}</span>
        <TextField form={form} name="contact.pick" label={f("contact.pick")} list={CONTACT_CHOICES_ID} />
        {CONTACT_FIELDS.map((name) => (
          <TextField
            form={form}
            name={`contact.${name}`}
            label={f(`contact.${name}`)}
            type={name === "email" ? "email" : name === "website" ? "url" : name === "phone" ? "tel" : "text"}
          />
        ))}
        <ContactChoices choices={props.options.contacts} />
      </fieldset>
    </>
  );
}
