import { formatNumber } from "../../../platform/i18n/format.js";
import { CsrfField } from "../../../platform/views/components/csrf-field.js";
import { DeadlineText } from "../../../platform/views/components/deadline-text.js";
import { Section } from "../../../platform/views/components/section.js";
import { Layout } from "../../../platform/views/layout.js";
import type { PageContext } from "../../../platform/views/page-context.js";
import { themeName } from "../../themes/theme.queries.js";
import type { CallForYou } from "../calls-for-you.js";
import type { ComingDeadline, FollowedItems } from "../follows.repository.js";
import { guidePaths } from "../guide-paths.js";
import type { SavedSearch } from "../saved-searches.repository.js";
import { CallsForYouList } from "./calls-for-you-list.js";

export interface SavedSearchLine {
  search: SavedSearch;
  fresh: { count: number; capped: boolean };
}

export interface MyGuideProps {
  page: PageContext;
  followed: FollowedItems;
  deadlines: ComingDeadline[];
  searches: SavedSearchLine[];
  forYou: CallForYou[] | null;
}

/** Mijn gids: what I follow, my saved searches, the deadlines ahead and the calls for me. */
export function MyGuidePage({ page, followed, deadlines, searches, forYou }: MyGuideProps) {
  const { t, paths, lang } = page;
  const guide = guidePaths(lang);
  const nothing = !followed.themes.length && !followed.programmes.length && !followed.calls.length;
  return (
    <Layout page={page} title={t("myGuide.title")} breadcrumbs={[{ label: t("myGuide.title") }]}>
      <h1>{t("myGuide.title")}</h1>
      <p class="lead">{t("guide.intro")}</p>
      <p>
        {page.visitor.user ? t("myGuide.signedInAs", { email: page.visitor.user.email }) : null}{" "}
        <a href={paths.section("account")}>{t("myGuide.settings")}</a>
      </p>

      <Section id="volg-ik" title={t("guide.following")}>
        {nothing ? <p>{t("guide.nothingFollowed")}</p> : null}
        <FollowedGroup
          title={t("nav.themes")}
          listClass="tag-list"
          items={followed.themes.map((theme) => ({ href: paths.theme(theme.slug), label: themeName(theme, lang) }))}
        />
        <FollowedGroup
          title={t("nav.programmes")}
          items={followed.programmes.map((programme) => ({ href: paths.programme(programme.slug), label: programme.name }))}
        />
        <FollowedGroup
          title={t("nav.calls")}
          items={followed.calls.map((call) => ({
            href: paths.call(call.slug),
            label: call.title,
            lang: call.language !== lang ? call.language : undefined,
          }))}
        />
      </Section>

      <Section id="deadlines" title={t("guide.deadlines")}>
        {deadlines.length ? (
          <ul class="plain-list deadline-list">
            {deadlines.map((d) => (
              <li>
                <a href={paths.call(d.slug)} lang={d.language !== lang ? d.language : undefined}>
                  {d.title}
                </a>
                : <DeadlineText page={page} deadline={d.deadline} countdown />
              </li>
            ))}
          </ul>
        ) : (
          <p>{t("guide.noDeadlines")}</p>
        )}
        <p>
          <a href={guide.calendar}>{t("calendar.guideLink")}</a>
        </p>
        <p>
          <a href={guide.notifications}>{t("alerts.settings.link")}</a>
        </p>
      </Section>

      <Section id="zoekopdrachten" title={t("guide.searches")}>
        {searches.length ? (
          <ul class="plain-list saved-searches">
            {searches.map(({ search, fresh }) => (
              <li>
                <strong>{search.name}</strong>{" "}
                <span class="new-results">
                  {fresh.count === 0
                    ? t("guide.noNewResults")
                    : t(fresh.capped ? "guide.newResultsMore" : "guide.newResults", { count: formatNumber(lang, fresh.count) })}
                </span>
                <span class="muted"> · {t("guide.mail", { frequency: t(`frequency.${search.frequency}`) })}</span>
                <div class="inline-forms">
                  <form method="post" action={`${guide.savedSearch(search.id)}/show`}>
                    <CsrfField page={page} />
                    <button type="submit">
                      {t("guide.show")}
                      <span class="visually-hidden">: {search.name}</span>
                    </button>
                  </form>
                  <form method="post" action={`${guide.savedSearch(search.id)}/delete`}>
                    <CsrfField page={page} />
                    <button type="submit" class="button-secondary">
                      {t("guide.delete")}
                      <span class="visually-hidden">: {search.name}</span>
                    </button>
                  </form>
                </div>
              </li>
            ))}
          </ul>
        ) : (
          <p>{t("guide.noSearches")}</p>
        )}
      </Section>

      <Section id="voor-jou" title={t("guide.forYou")}>
        {forYou === null ? (
          <p>{t("guide.forYouNoProfile")}</p>
        ) : forYou.length ? (
          <CallsForYouList page={page} calls={forYou} />
        ) : (
          <p>{t("guide.forYouEmpty")}</p>
        )}
        <p>
          <a class="button-link" href={guide.profile}>
            {t("guide.editProfile")}
          </a>
        </p>
      </Section>
    </Layout>
  );
}

/** One kind of followed things (themes, programmes or calls), left out when there are none. */
function FollowedGroup({
  title,
  items,
  listClass = "plain-list",
}: {
  title: string;
  items: { href: string; label: string; lang?: string | undefined }[];
  listClass?: string;
}) {
  if (items.length === 0) return null;
  return (
    <>
      <h3>{title}</h3>
      <ul class={listClass}>
        {items.map((item) => (
          <li>
            <a href={item.href} lang={item.lang}>
              {item.label}
            </a>
          </li>
        ))}
      </ul>
    </>
  );
}
