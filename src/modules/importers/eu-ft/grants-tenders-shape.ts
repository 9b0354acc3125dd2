import { asArray, asRecord, asString, type PortalTopic } from "./portal-topic.js";

const TOPIC_PAGE = "https://ec.europa.eu/info/funding-tenders/opportunities/portal/screen/opportunities/topic-details/";

/** The portal's reference file grantsTenders.json: `fundingData.GrantTenderObj[]`, dates in epoch ms. */
export function readGrantsTenders(records: unknown[], file: string): PortalTopic[] {
  return records.map((raw, index) => {
    const r = asRecord(raw);
    const identifier = asString(r.identifier)?.trim() ?? null;
    const programme = asRecord(r.frameworkProgramme);
    const action = asRecord(asArray(safeParse(asString(r.actions)))[0]);
    return {
      origin: `${file}#GrantTenderObj[${index}]${identifier ? ` ${identifier}` : ""}`,
      externalId: identifier,
      code: identifier,
      isTender: String(r.type) === "0",
      language: "en",
      title: asString(r.title),
      summary: null,
      description: asString(r.descriptionTender),
      url: asString(r.url) ?? (identifier ? `${TOPIC_PAGE}${identifier}` : null),
      callIdentifier: asString(r.callIdentifier),
      callTitle: asString(r.callTitle),
      opensAt: r.plannedOpeningDateLong ?? r.publicationDateLong,
      deadlines: asArray(r.deadlineDatesLong),
      twoStage: /two-stage/i.test(
        `${asString(asRecord(r.deadlineModel).abbreviation) ?? ""} ${asString(asRecord(action.submissionProcedure).abbreviation) ?? ""}`,
      ),
      frameworkProgramme: asString(programme.id) ? { id: String(programme.id), label: asString(programme.description) } : null,
      divisions: asArray(r.programmeDivision).map((d) => ({
        id: asString(asRecord(d).id),
        label: asString(asRecord(d).description),
      })),
      destination: null,
      keywords: [...asArray(r.keywords), ...asArray(r.tags)].flatMap((k) => asString(k) ?? []),
      actionType: asString(asRecord(asArray(r.topicActions)[0]).description),
      budget: null,
    };
  });
}

/** The embedded `actions` string is often cut off in this file; then it says nothing. */
function safeParse(text: string | null): unknown {
  try {
    return text ? JSON.parse(text) : null;
  } catch {
    return null;
  }
}
