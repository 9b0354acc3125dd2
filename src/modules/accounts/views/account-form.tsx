import type { Child } from "hono/jsx";
import type { MessageKey } from "../../../platform/i18n/messages.nl.js";
import { CsrfField } from "../../../platform/views/components/csrf-field.js";
import type { PageContext } from "../../../platform/views/page-context.js";

export interface FieldSpec {
  name: string;
  label: MessageKey;
  type: "email" | "password" | "text" | "hidden";
  autocomplete?: string;
  value?: string;
  hint?: MessageKey;
  required?: boolean;
}

/** A form's answer to bad input: one message per field, and one for the whole form. */
export interface FormErrors {
  form?: string;
  fields?: Record<string, string>;
}

/**
 * Every account form: labelled fields, hints and errors tied to their field
 * (aria-describedby), a summary that takes the focus of screen readers, the CSRF token.
 */
export function AccountForm({
  page,
  id,
  action,
  fields,
  submit,
  errors = {},
  danger,
}: {
  page: PageContext;
  id: string;
  action: string;
  fields: FieldSpec[];
  submit: MessageKey;
  errors?: FormErrors;
  danger?: boolean;
}) {
  const { t } = page;
  const fieldErrors = errors.fields ?? {};
  const messages = [errors.form, ...Object.values(fieldErrors)].filter((m): m is string => Boolean(m));
  return (
    <form method="post" action={action} class="account-form" novalidate>
      <CsrfField page={page} />
      {messages.length ? (
        <div class="form-errors" role="alert" id={`${id}-errors`}>
          <p>{t("form.errorSummary")}</p>
          <ul>
            {messages.map((m) => (
              <li>{m}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {fields.map((field) => {
        const inputId = `${id}-${field.name}`;
        if (field.type === "hidden") return <input type="hidden" name={field.name} value={field.value ?? ""} />;
        const error = fieldErrors[field.name];
        const described = [field.hint ? `${inputId}-hint` : "", error ? `${inputId}-error` : ""].filter(Boolean).join(" ");
        return (
          <div class="form-field">
            <label for={inputId}>{t(field.label)}</label>
            {field.hint ? (
              <p class="form-hint" id={`${inputId}-hint`}>
                {t(field.hint)}
              </p>
            ) : null}
            {error ? (
              <p class="form-error" id={`${inputId}-error`}>
                {error}
              </p>
            ) : null}
            <input
              id={inputId}
              name={field.name}
              type={field.type}
              autocomplete={field.autocomplete}
              value={field.type === "password" ? undefined : field.value}
              required={field.required !== false}
              aria-invalid={error ? "true" : undefined}
              aria-describedby={described || undefined}
            />
          </div>
        );
      })}
      <button type="submit" class={danger ? "button-danger" : undefined}>
        {t(submit)}
      </button>
    </form>
  );
}

/** A page of the accounts module: title, intro, the form or message, and links onward. */
export function AccountSection({ title, intro, children }: { title: string; intro?: string; children?: Child }) {
  return (
    <section class="account-section">
      <h2>{title}</h2>
      {intro ? <p>{intro}</p> : null}
      {children}
    </section>
  );
}
