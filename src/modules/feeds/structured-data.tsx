import type { Event, MonetaryGrant, Place, Thing, VirtualLocation, WithContext } from "schema-dts";
import { markdownToText } from "../../platform/views/markdown.js";
import type { PageContext } from "../../platform/views/page-context.js";
import type { CallDetail } from "../calls/call.queries.js";
import type { EventDetail } from "../events/event.queries.js";

/**
 * schema.org JSON-LD for search engines, typed with schema.org's own vocabulary
 * (schema-dts), so a property the type does not have does not compile. A call is a
 * MonetaryGrant: funded by the EU, with its budget and an ApplyAction that ends at the
 * last deadline. An event is an Event, online (VirtualLocation) or at a place.
 */
export function CallJsonLd({ page, call }: { page: PageContext; call: CallDetail }) {
  const url = `${page.baseUrl}${page.paths.call(call.slug)}`;
  const row = call.row;
  const grant: WithContext<MonetaryGrant> = {
    "@context": "https://schema.org",
    "@type": "MonetaryGrant",
    name: call.title,
    ...(call.code ? { identifier: call.code } : {}),
    ...(call.introduction ? { description: markdownToText(call.introduction, 500) } : {}),
    url,
    funder: { "@type": "GovernmentOrganization", name: page.lang === "nl" ? "Europese Unie" : "European Union" },
    ...(row.budgetAmountEur !== null
      ? { amount: { "@type": "MonetaryAmount", currency: "EUR", value: row.budgetAmountEur } }
      : {}),
    potentialAction: {
      "@type": "ApplyAction",
      target: row.url ?? url,
      ...(call.opensOn ? { startTime: call.opensOn } : {}),
      ...(call.closesAt && !call.isRolling ? { endTime: call.closesAt } : {}),
    },
  };
  return <JsonLd data={grant} />;
}

export function EventJsonLd({ page, event }: { page: PageContext; event: EventDetail }) {
  const url = `${page.baseUrl}${page.paths.event(event.slug)}`;
  // An event whose place is not known says nothing about where it is, rather than an empty Place.
  const location: VirtualLocation | Place | undefined = event.isOnline
    ? { "@type": "VirtualLocation", url: event.registrationUrl ?? url }
    : event.location
      ? { "@type": "Place", name: event.location, address: event.location }
      : undefined;
  const data: WithContext<Event> = {
    "@context": "https://schema.org",
    "@type": "Event",
    name: event.title,
    ...(event.summary ? { description: markdownToText(event.summary, 500) } : {}),
    url,
    startDate: event.startsAt,
    ...(event.endsAt ? { endDate: event.endsAt } : {}),
    eventStatus: "https://schema.org/EventScheduled",
    ...(location
      ? {
          location,
          eventAttendanceMode: event.isOnline
            ? "https://schema.org/OnlineEventAttendanceMode"
            : "https://schema.org/OfflineEventAttendanceMode",
        }
      : {}),
    ...(event.organiser ? { organizer: { "@type": "Organization", name: event.organiser } } : {}),
    inLanguage: event.language,
  };
  return <JsonLd data={data} />;
}

function JsonLd({ data }: { data: WithContext<Thing> }) {
  // "<" escaped so no text in the data can close the script element.
  const json = JSON.stringify(data).replace(/</g, "\\u003c");
  return <script type="application/ld+json" dangerouslySetInnerHTML={{ __html: json }} />;
}
