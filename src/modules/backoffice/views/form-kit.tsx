import type { Child } from "hono/jsx";
import type { PageContext } from "../../../platform/views/page-context.js";
import { type FieldError, fieldId } from "../form-errors.js";
import { type FormValues, text } from "../form-values.js";

/** What every field needs: the values typed and the errors, to show each beside its field. */
export interface FormState {
  page: PageContext;
  values: FormValues;
  errors: FieldError[];
}

/**
 * GOV.UK's error summary: at the top, focused on load (by the script and by autofocus of
 * nothing else), one link per field to the field itself.
 */
export function ErrorSummary({ page, errors }: { page: PageContext; errors: FieldError[] }) {
  if (errors.length === 0) return null;
  return (
    <div class="error-summary" role="alert" aria-labelledby="error-summary-title" tabindex={-1} id="error-summary">
      <h2 id="error-summary-title">{page.t("bo.form.errorsTitle")}</h2>
      <ul>
        {errors.map((error) => (
          <li>
            <a href={`#${fieldId(error.field)}`}>{error.message}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}

interface FieldProps {
  form: FormState;
  name: string;
  label: string;
  hint?: string;
}

function describedBy(id: string, hint: boolean, error: boolean): string | undefined {
  const ids = [hint ? `${id}-hint` : "", error ? `${id}-error` : ""].filter(Boolean);
  return ids.length ? ids.join(" ") : undefined;
}

function FieldFrame({ form, name, label, hint, children }: FieldProps & { children: Child }) {
  const id = fieldId(name);
  const error = form.errors.find((e) => e.field === name);
  return (
    <div class={error ? "field field-with-error" : "field"}>
      <label for={id} class="field-label">
        {label}
      </label>
      {hint ? (
        <span class="field-hint" id={`${id}-hint`}>
          {hint}
        </span>
      ) : null}
      {error ? (
        <span class="field-error-message" id={`${id}-error`}>
          {error.message}
        </span>
      ) : null}
      {children}
    </div>
  );
}

function inputAttributes(form: FormState, name: string, hint: boolean) {
  const id = fieldId(name);
  const error = form.errors.some((e) => e.field === name);
  return { id, name, "aria-describedby": describedBy(id, hint, error), "aria-invalid": error ? "true" : undefined };
}

export function TextField({
  type = "text",
  inputmode,
  list,
  ...props
}: FieldProps & {
  type?: "text" | "url" | "date" | "time" | "datetime-local" | "email" | "tel";
  inputmode?: "decimal" | "numeric";
  /** The id of a datalist that suggests values. */
  list?: string;
}) {
  return (
    <FieldFrame {...props}>
      <input
        type={type}
        inputmode={inputmode}
        list={list}
        value={text(props.form.values, props.name)}
        {...inputAttributes(props.form, props.name, !!props.hint)}
      />
    </FieldFrame>
  );
}

/** Long text in Markdown; "Voorbeeld tonen" renders what was typed, sanitised as the public page will. */
export function MarkdownField(props: FieldProps & { preview?: string }) {
  const { t } = props.form.page;
  return (
    <FieldFrame {...props} hint={props.hint ?? t("bo.form.markdownHint")}>
      <textarea rows={8} {...inputAttributes(props.form, props.name, true)}>
        {text(props.form.values, props.name)}
      </textarea>
      {props.preview !== undefined ? (
        <section class="markdown-preview" aria-label={`${t("bo.form.previewTitle")}: ${props.label}`}>
          <div class="prose" dangerouslySetInnerHTML={{ __html: props.preview }} />
        </section>
      ) : null}
    </FieldFrame>
  );
}

export function SelectField(props: FieldProps & { options: { value: string; label: string }[] }) {
  const current = text(props.form.values, props.name);
  return (
    <FieldFrame {...props}>
      <select {...inputAttributes(props.form, props.name, !!props.hint)}>
        {props.options.map((option) => (
          <option value={option.value} selected={option.value === current}>
            {option.label}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}

export function CheckboxField({ form, name, label }: { form: FormState; name: string; label: string }) {
  return (
    <div class="field">
      <label>
        <input type="checkbox" name={name} id={fieldId(name)} value="1" checked={text(form.values, name) === "1"} /> {label}
      </label>
    </div>
  );
}

/** A set of checkboxes sent as `name[]`. */
export function CheckboxGroup({
  form,
  name,
  legend,
  options,
  before,
}: {
  form: FormState;
  name: string;
  legend: string;
  options: { value: string; label: string }[];
  before?: Child;
}) {
  const chosen = new Set(([] as string[]).concat(form.values[`${name}[]`] ?? []));
  const error = form.errors.find((e) => e.field === name);
  return (
    <fieldset class={error ? "field field-with-error" : "field"} id={fieldId(name)}>
      <legend class="field-label">{legend}</legend>
      {error ? <span class="field-error-message">{error.message}</span> : null}
      {before}
      <ul class="checkbox-list">
        {options.map((option) => (
          <li>
            <label>
              <input type="checkbox" name={`${name}[]`} value={option.value} checked={chosen.has(option.value)} /> {option.label}
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

export interface RepeaterColumn {
  name: string;
  label: string;
  type?: "text" | "url" | "date" | "time" | "email" | "tel";
  inputmode?: "decimal";
  options?: { value: string; label: string }[];
  /** The id of a datalist that suggests values. */
  list?: string;
}

/**
 * Rows of a list (deadlines, co-financing shares, documents) that work without script: the
 * form always has one empty row more, and "Rij toevoegen" sends the form back with another.
 */
export function Repeater({
  form,
  name,
  legend,
  columns,
  count,
}: {
  form: FormState;
  name: string;
  legend: string;
  columns: RepeaterColumn[];
  count: number;
}) {
  const { t } = form.page;
  return (
    <fieldset class="field repeater" id={fieldId(name)}>
      <legend class="field-label">{legend}</legend>
      <span class="field-hint">{t("bo.form.emptyRowHint")}</span>
      <table>
        <thead>
          <tr>
            <th scope="col">#</th>
            {columns.map((column) => (
              <th scope="col">{column.label}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {Array.from({ length: count }, (_, index) => (
            <tr>
              <td>{index + 1}</td>
              {columns.map((column) => {
                const cell = `${name}.${index}.${column.name}`;
                const error = form.errors.find((e) => e.field === cell);
                const attributes = {
                  ...inputAttributes(form, cell, false),
                  "aria-label": `${legend} ${index + 1}: ${column.label}`,
                };
                return (
                  <td class={error ? "field-with-error" : undefined}>
                    {error ? (
                      <span class="field-error-message" id={`${fieldId(cell)}-error`}>
                        {error.message}
                      </span>
                    ) : null}
                    {column.options ? (
                      <select {...attributes}>
                        {column.options.map((option) => (
                          <option value={option.value} selected={option.value === text(form.values, cell)}>
                            {option.label}
                          </option>
                        ))}
                      </select>
                    ) : (
                      <input
                        type={column.type ?? "text"}
                        inputmode={column.inputmode}
                        list={column.list}
                        value={text(form.values, cell)}
                        {...attributes}
                      />
                    )}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
      <button type="submit" name="action" value={`add:${name}`} class="secondary-button">
        {t("bo.form.addRow")}
      </button>
    </fieldset>
  );
}
