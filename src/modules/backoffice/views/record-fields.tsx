import type { MessageKey } from "../../../platform/i18n/messages.nl.js";
import type { Translate } from "../../../platform/i18n/translate.js";
import { CONTACT_ROW_COLUMNS, type ContactChoice } from "../contact-rows.js";
import { fieldId } from "../form-errors.js";
import { rowCount, text } from "../form-values.js";
import { type FormState, Repeater } from "./form-kit.js";

/** The label of a field: `bo.field.<name>`. */
export const fieldLabel = (t: Translate) => (name: string) => t(`bo.field.${name}` as MessageKey);

export const tristate = (t: Translate) => [
  { value: "", label: t("bo.form.unknown") },
  { value: "yes", label: t("bo.form.yes") },
  { value: "no", label: t("bo.form.no") },
  { value: "sometimes", label: t("bo.form.sometimes") },
];

export const languages = [
  { value: "nl", label: "Nederlands" },
  { value: "en", label: "English" },
];

/** A repeater shows the rows typed and one empty row more; "Rij toevoegen" asked for one extra. */
export const rowsOf = (form: FormState, name: string, extra: number) => rowCount(form.values, name) + 1 + extra;

/** "Inherit from the programme" or an own selection, as two radio buttons above the checkboxes. */
export function InheritChoice({ form, name, t }: { form: FormState; name: string; t: Translate }) {
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

/** The id of the list of existing contacts that every contact row's picker suggests from. */
export const CONTACT_CHOICES_ID = "contact-choices";

/**
 * The existing contacts, for a picker (`<input list>`): the browser searches them as the editor
 * types, with or without script; with script, a pick fills its row at once (backoffice.js).
 */
export function ContactChoices({ choices }: { choices: ContactChoice[] }) {
  return (
    <datalist id={CONTACT_CHOICES_ID}>
      {choices.map((choice) => (
        <option value={choice.value} data-contact={JSON.stringify(choice.fields)}>
          {choice.label}
        </option>
      ))}
    </datalist>
  );
}

/**
 * A record's contacts as rows; a programme's also say what each is for it ("Nationaal contactpunt").
 * Each row can pick an existing contact instead of being typed.
 */
export function ContactRows({
  form,
  extra,
  withLabel,
  choices,
}: {
  form: FormState;
  extra: number;
  withLabel: boolean;
  choices: ContactChoice[];
}) {
  const { t } = form.page;
  const f = fieldLabel(t);
  const columns = [...(withLabel ? (["label"] as const) : []), ...CONTACT_ROW_COLUMNS].map((name) => ({
    name,
    label: f(`contact.${name}`),
    ...(name === "email"
      ? { type: "email" as const }
      : name === "website"
        ? { type: "url" as const }
        : name === "phone"
          ? { type: "tel" as const }
          : name === "pick"
            ? { list: CONTACT_CHOICES_ID }
            : {}),
  }));
  return (
    <>
      <p class="field-hint">{t("bo.field.contactsShared")}</p>
      <Repeater form={form} name="contacts" legend={f("contacts")} count={rowsOf(form, "contacts", extra)} columns={columns} />
      <ContactChoices choices={choices} />
    </>
  );
}
