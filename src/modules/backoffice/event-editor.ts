import { pathsFor } from "../../platform/http/paths.js";
import { type EventInput, eventInput } from "../events/event.input.js";
import { eventStore } from "../events/event.store.js";
import { CALLS_TYPED } from "./call-picker.js";
import { list, localMoment, moment, optional, text, words } from "./form-values.js";
import { fieldLabels, type RecordEditor } from "./record-editor.js";
import { EventFields } from "./views/event-fields.js";

const FIELDS = [
  "slug",
  "title",
  "summary",
  "body",
  "startsAt",
  "endsAt",
  "isOnline",
  "location",
  "organiser",
  "contactName",
  "contactEmail",
  "registrationUrl",
  "recordingUrl",
  "language",
  "calls",
  "publishAt",
] as const;

/** The event form: when and where, who to ask, and the calls it is about. */
export const eventEditor: RecordEditor<EventInput> = {
  section: "events",
  store: eventStore,
  schema: eventInput,
  workflow: true,
  // A new event's moment is left for the editor to choose; the placeholder only satisfies the schema.
  blank: () => eventInput.parse({ slug: "nieuw", title: "nieuw", startsAt: new Date(0).toISOString(), state: "draft" }),
  placeholders: ["title", "startsAt"],
  markdownFields: ["summary", "body"],
  repeaters: {},
  references: { calls: { type: "call", table: "calls" } },
  title: (input) => input.title,
  kind: () => undefined,
  label: fieldLabels(FIELDS),
  publicPath: (lang, slug) => pathsFor(lang).event(slug),
  Fields: EventFields,
  pickers: ["calls"],

  toForm(input) {
    return {
      slug: input.slug,
      title: input.title,
      summary: input.summary ?? "",
      body: input.body ?? "",
      startsAt: localMoment(input.startsAt),
      endsAt: localMoment(input.endsAt),
      isOnline: input.isOnline ? "1" : "",
      location: input.location ?? "",
      organiser: input.organiser ?? "",
      contactName: input.contactName ?? "",
      contactEmail: input.contactEmail ?? "",
      registrationUrl: input.registrationUrl ?? "",
      recordingUrl: input.recordingUrl ?? "",
      language: input.language,
      "calls[]": input.calls,
    };
  },

  fromForm(values, base) {
    return {
      rowIndex: (_, position) => position,
      draft: {
        ...base,
        slug: text(values, "slug").trim(),
        title: text(values, "title"),
        summary: optional(values, "summary"),
        body: optional(values, "body"),
        startsAt: moment(values, "startsAt") ?? undefined,
        endsAt: moment(values, "endsAt"),
        isOnline: text(values, "isOnline") === "1",
        location: optional(values, "location"),
        organiser: optional(values, "organiser"),
        contactName: optional(values, "contactName"),
        contactEmail: optional(values, "contactEmail"),
        registrationUrl: optional(values, "registrationUrl"),
        recordingUrl: optional(values, "recordingUrl"),
        language: text(values, "language") || base.language,
        // The calls ticked in the picker, and any typed by their address.
        calls: [...new Set([...list(values, "calls"), ...words(values, CALLS_TYPED)])],
      },
    };
  },
};
