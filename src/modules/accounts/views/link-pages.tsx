import type { MessageKey } from "../../../platform/i18n/messages.nl.js";
import type { PageContext } from "../../../platform/views/page-context.js";
import { AccountForm, type FieldSpec, type FormErrors } from "./account-form.js";
import { AccountPage } from "./account-page.js";

/**
 * The page a mailed link opens: it changes nothing by itself (mail scanners open links);
 * the visitor's click on its button does.
 */
export function LinkActionPage({
  page,
  title,
  intro,
  action,
  token,
  submit,
  fields = [],
  errors,
}: {
  page: PageContext;
  title: MessageKey;
  intro: MessageKey;
  action: string;
  token: string;
  submit: MessageKey;
  fields?: FieldSpec[];
  errors?: FormErrors;
}) {
  return (
    <AccountPage page={page} title={page.t(title)} intro={page.t(intro)}>
      <AccountForm
        page={page}
        id="link"
        action={action}
        submit={submit}
        errors={errors}
        fields={[{ name: "token", label: "form.password", type: "hidden", value: token }, ...fields]}
      />
    </AccountPage>
  );
}

/** A used, expired or mangled link: say so plainly and offer a new one. */
export function InvalidLinkPage({ page, again }: { page: PageContext; again: string }) {
  return (
    <AccountPage page={page} title={page.t("link.invalidTitle")} links={[{ label: page.t("link.again"), href: again }]}>
      <p>{page.t("link.invalid")}</p>
    </AccountPage>
  );
}
