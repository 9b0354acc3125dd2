import type { VisitorUser } from "../../../platform/http/visitor.js";
import { Layout } from "../../../platform/views/layout.js";
import type { PageContext } from "../../../platform/views/page-context.js";

/** "Mijn gids": the signed-in member's own page. */
export function MyGuidePage({ page, user }: { page: PageContext; user: VisitorUser }) {
  const { t, paths } = page;
  return (
    <Layout page={page} title={t("myGuide.title")} breadcrumbs={[{ label: t("myGuide.title") }]}>
      <h1>{t("myGuide.title")}</h1>
      <p>{t("myGuide.signedInAs", { email: user.email })}</p>
      <p>{t("myGuide.intro")}</p>
      <p>
        <a href={paths.section("account")}>{t("myGuide.settings")}</a>
      </p>
    </Layout>
  );
}
