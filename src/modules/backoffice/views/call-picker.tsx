import { CALL_SEARCH, CALLS_TYPED, type CallChoices } from "../call-picker.js";
import { fieldId } from "../form-errors.js";
import { type FormState, TextField } from "./form-kit.js";
import { fieldLabel } from "./record-fields.js";

/**
 * The calls a record names, as ticked boxes; a search on code or title sends the form back
 * with the calls it found, to tick as well; the addresses can also be typed. No script needed.
 */
export function CallPicker({ form, choices }: { form: FormState; choices: CallChoices }) {
  const { t } = form.page;
  const f = fieldLabel(t);
  const error = form.errors.find((e) => e.field === "calls");
  const box = (call: CallChoices["chosen"][number], checked: boolean) => (
    <li>
      <label>
        <input type="checkbox" name="calls[]" value={call.value} checked={checked} /> {call.label}
      </label>
    </li>
  );
  return (
    <fieldset class={error ? "field field-with-error" : "field"} id={fieldId("calls")}>
      <legend class="field-label">{f("calls")}</legend>
      {error ? <span class="field-error-message">{error.message}</span> : null}
      {choices.chosen.length ? (
        <ul class="checkbox-list">{choices.chosen.map((call) => box(call, true))}</ul>
      ) : (
        <p class="field-hint">{t("bo.calls.noneChosen")}</p>
      )}
      <div class="field">
        <label for={fieldId(CALL_SEARCH)} class="field-label">
          {t("bo.calls.search")}
        </label>
        <input type="search" id={fieldId(CALL_SEARCH)} name={CALL_SEARCH} value={choices.searched} data-find="find" />{" "}
        <button type="submit" name="action" value="find" class="secondary-button">
          {t("bo.calls.find")}
        </button>
      </div>
      {choices.found.length ? (
        <>
          <p role="status">{t("bo.calls.found", { count: choices.found.length })}</p>
          <ul class="checkbox-list">{choices.found.map((call) => box(call, false))}</ul>
        </>
      ) : choices.searched ? (
        <p role="status">{t("bo.calls.notFound", { q: choices.searched })}</p>
      ) : null}
      <TextField form={form} name={CALLS_TYPED} label={t("bo.calls.typed")} hint={t("bo.field.callsHint")} />
    </fieldset>
  );
}
