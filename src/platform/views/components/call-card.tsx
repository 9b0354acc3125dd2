import type { CallDetail } from "../../../modules/calls/call.queries.js";
import { hrefWithBack } from "../../http/back-path.js";
import { markdownToText } from "../markdown.js";
import type { PageContext } from "../page-context.js";
import { CardFacts, FactOpens } from "./call-facts.js";
import { StatusBadge } from "./status-badge.js";

/** A call in a list: title, status, programme and code, and the facts that decide. */
export function CallCard({ page, call, headingLevel = 3 }: { page: PageContext; call: CallDetail; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? "h2" : "h3";
  return (
    <article class="card call-card">
      <Heading class="card-title">
        <a
          href={hrefWithBack(page.paths.call(call.slug), page.url)}
          lang={call.language !== page.lang ? call.language : undefined}
        >
          {call.title}
        </a>
      </Heading>
      <p class="card-meta">
        <StatusBadge page={page} status={call.status} />
        {call.status === "forthcoming" ? (
          <span>
            <FactOpens page={page} facts={call.facts} />
          </span>
        ) : null}
        {call.code ? <span class="code">{call.code}</span> : null}
        {call.programme ? (
          <span>{call.programme.shortName ?? (page.lang === "en" ? call.programme.nameEn : null) ?? call.programme.name}</span>
        ) : null}
      </p>
      <CardFacts page={page} facts={call.facts} />
      {call.introduction ? (
        <p class="card-summary" lang={call.language !== page.lang ? call.language : undefined}>
          {markdownToText(call.introduction, 220)}
        </p>
      ) : null}
    </article>
  );
}
