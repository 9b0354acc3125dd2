import { markdownToText } from "../../platform/views/markdown.js";
import type { PageContext } from "../../platform/views/page-context.js";
import type { CallDetail } from "../calls/call.queries.js";
import type { EventDetail } from "../events/event.queries.js";

/**
 * schema.org JSON-LD for search engines: a call is a MonetaryGrant (funded by the EU, with
 * its budget and an ApplyAction that ends at the last deadline), an event is an Event,
 * online (VirtualLocation) or at a place.
 */
export function CallJsonLd({ page, call }: { page: PageContext; call: CallDetail }) {
  const url = `${page.baseUrl}${page.paths.call(call.slug)}`;
  const row = call.row;
  return (
    <JsonLd
      data={{
        "@context": "https://schema.org",
        "@type": "MonetaryGrant",
        name: call.title,
        ...(call.code ? { identifier: call.code } : {}),
        ...(call.introduction ? { description: markdownToText(call.introduction, 500) } : {}),
        url,
        funder: { "@type": "GovernmentOrganization", name: page.lang === "nl" ? "Europese Unie" : "European Union" },
        ...(call.programme
          ? {
              isPartOf: {
                "@type": "Thing",
                name: call.programme.name,
                url: `${page.baseUrl}${page.paths.programme(call.programme.slug)}`,
              },
            }
          : {}),
        ...(row.budgetAmountEur !== null
          ? { amount: { "@type": "MonetaryAmount", currency: "EUR", value: row.budgetAmountEur } }
          : {}),
        potentialAction: {
          "@type": "ApplyAction",
          target: row.url ?? url,
          ...(call.opensOn ? { startTime: call.opensOn } : {}),
          ...(call.closesAt && !call.isRolling ? { endTime: call.closesAt } : {}),
        },
      }}
    />
  );
}

export function EventJsonLd({ page, event }: { page: PageContext; event: EventDetail }) {
  const url = `${page.baseUrl}${page.paths.event(event.slug)}`;
  return (
    <JsonLd
      data={{
        "@context": "https://schema.org",
        "@type": "Event",
        name: event.title,
        ...(event.summary ? { description: markdownToText(event.summary, 500) } : {}),
        url,
        startDate: event.startsAt,
        ...(event.endsAt ? { endDate: event.endsAt } : {}),
        eventStatus: "https://schema.org/EventScheduled",
        eventAttendanceMode: event.isOnline
          ? "https://schema.org/OnlineEventAttendanceMode"
          : "https://schema.org/OfflineEventAttendanceMode",
        location: event.isOnline
          ? { "@type": "VirtualLocation", url: event.registrationUrl ?? url }
          : { "@type": "Place", name: event.location ?? "", address: event.location ?? "" },
        ...(event.organiser ? { organizer: { "@type": "Organization", name: event.organiser } } : {}),
        inLanguage: event.language,
      }}
    />
  );
}

function JsonLd({ data }: { data: Record<string, unknown> }) {
  // "<" escaped so no text in the data can close the script element.
  const json = JSON.stringify(data).replace(/</g, "\\u003c");
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: json }} />;
}
