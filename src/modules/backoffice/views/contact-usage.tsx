import type { Kysely } from "kysely";
import type { Database } from "../../../platform/db/schema.js";
import type { PageContext } from "../../../platform/views/page-context.js";
import { contactUsers } from "../../contacts/contact-usage.js";
import { backofficePaths, type RecordSection } from "../backoffice-paths.js";

export interface ContactUse {
  type: "call" | "programme" | "theme";
  id: number;
  title: string;
}

const SECTIONS = { call: "calls", programme: "programmes", theme: "themes" } as const satisfies Record<
  ContactUse["type"],
  RecordSection
>;

/**
 * Where a contact is used, per kind of record: how many, and links to their forms. `limit`
 * shows the first few of each kind (a list row); the rest are on the contact's own page.
 */
export function ContactUsage({
  page,
  users,
  limit,
  moreHref,
}: {
  page: PageContext;
  users: ContactUse[];
  limit?: number;
  moreHref?: string;
}) {
  const { t, lang } = page;
  const paths = backofficePaths(lang);
  if (users.length === 0) return <span>{t("bo.contacts.unused")}</span>;
  return (
    <ul class="usage-list">
      {(["call", "programme", "theme"] as const).map((type) => {
        const ofType = users.filter((user) => user.type === type);
        if (ofType.length === 0) return null;
        const shown = limit === undefined ? ofType : ofType.slice(0, limit);
        const rest = ofType.length - shown.length;
        return (
          <li>
            {t(`bo.contacts.usedBy.${type}`, { count: ofType.length })}:{" "}
            {shown.map((user, i) => (
              <>
                {i > 0 ? ", " : ""}
                <a href={paths.record(SECTIONS[type], user.id)}>{user.title}</a>
              </>
            ))}
            {rest > 0 && moreHref ? (
              <>
                {", "}
                <a href={moreHref}>{t("bo.contacts.more", { count: rest })}</a>
              </>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}

/** The contact form's last section: every record that names the contact, which a save here changes too. */
export async function contactUsagePanel(db: Kysely<Database>, id: number, page: PageContext) {
  const users = await contactUsers(db, [id]);
  return (
    <section id="used-by" aria-labelledby="used-by-title">
      <h2 id="used-by-title">{page.t("bo.contacts.usedBy")}</h2>
      <ContactUsage page={page} users={users} />
    </section>
  );
}
