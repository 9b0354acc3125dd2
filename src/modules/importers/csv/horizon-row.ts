import type { PortalTopic } from "../eu-ft/portal-topic.js";

/** The Horizon Europe programme in the portal, which every row of the topics list belongs to. */
const HORIZON_EUROPE = { id: "43108390", label: "Horizon Europe (HORIZON)" };

/** The columns that tell the Horizon Europe topics list apart from our template. */
export const HORIZON_COLUMNS = ["topicId", "topicTitle", "callId", "closeDate", "process"];

/** One row of the Horizon Europe topics list, as a portal topic (it has no descriptions). */
export function horizonRowToTopic(row: Record<string, string | undefined>, origin: string): PortalTopic {
  const cell = (name: string) => row[name]?.trim() || null;
  const topicId = cell("topicId");
  return {
    origin,
    externalId: topicId,
    code: topicId,
    isTender: false,
    language: "en",
    title: cell("topicTitle"),
    summary: null,
    description: null,
    url: cell("portalUrl"),
    callIdentifier: cell("callId"),
    callTitle: cell("callTitle"),
    opensAt: cell("openDate"),
    deadlines: [cell("closeDate"), cell("s2Date")].filter(Boolean),
    twoStage: cell("process") === "two-stage",
    frameworkProgramme: HORIZON_EUROPE,
    divisions: [
      { id: null, label: cell("clusterName") },
      { id: null, label: cell("destination") },
    ],
    destination: cell("destination"),
    keywords: [],
    actionType: cell("actionType"),
    budget: null,
  };
}
