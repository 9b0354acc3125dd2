import type { Insertable } from "kysely";
import type { SearchDocumentsTable } from "../../platform/db/schema.js";
import { brusselsInstant } from "../../platform/time/brussels.js";
import { articleStore } from "../articles/article.store.js";
import type { CallInput } from "../calls/call.input.js";
import { callStore } from "../calls/call.store.js";
import { callClosesAt } from "../calls/call-status.js";
import { eventStore } from "../events/event.store.js";
import type { Trx } from "../history/save-entity.js";
import type { ProgrammeInput } from "../programmes/programme.input.js";
import { programmeStore } from "../programmes/programme.store.js";
import { type CallSource, readCallSources, readCallSourcesByIds } from "./call-sources.js";
import { inheritedType } from "./inherited-types.js";
import { plainText } from "./plain-text.js";
import type { SearchEntityType } from "./search.types.js";
import { analyseText, type Language, type Token, words } from "./text-analysis.js";

/** The text and facet inputs of one record, before analysis. */
interface SourceDocument {
  type: SearchEntityType;
  id: number;
  language: Language;
  slug: string;
  title: string;
  code: string | null;
  introduction: string | null;
  body: string;
  programmes: string[];
  programmeName: string | null;
  themes: string[];
  beneficiaryTypes: string[];
  partnersNeeded: CallInput["partnersNeeded"];
  projectType: string | null;
  opensOn: string | null;
  isRolling: boolean;
  deadlines: string[];
  /** When a call closes (callClosesAt); null for everything else. */
  closesAt: string | null;
  startsAt: string | null;
  published: boolean;
  visibleFrom: string | null;
}

export type SearchDocumentRow = Omit<Insertable<SearchDocumentsTable>, "id" | "seq">;

export interface AnalysedDocument {
  row: SearchDocumentRow;
  /** Every token of the document with a word it came from, for the vocabulary. */
  vocabulary: Map<string, string>;
}

const tables = { call: "calls", programme: "programmes", event: "events", article: "articles" } as const;

/** Programmes already read during one reindex, so a hundred thousand calls do not read them again. */
export type ProgrammeCache = Map<string, Promise<ProgrammeInput | undefined>>;

/** Reads a record through its module's store and turns it into its search document (undefined: gone). */
export async function readSearchDocument(
  trx: Trx,
  type: SearchEntityType,
  id: number,
  programmes: ProgrammeCache = new Map(),
): Promise<AnalysedDocument | undefined> {
  const source = await readSource(trx, type, id, programmes);
  if (!source) return undefined;
  const { createdAt, publishedAt } = await trx
    .selectFrom(tables[type])
    .select(["createdAt", "publishedAt"])
    .where("id", "=", id)
    .executeTakeFirstOrThrow();
  return analyse(source, publishedAt ?? createdAt);
}

/** A block of calls from fromId on, read in bulk and analysed, for a full reindex. */
export async function readCallSearchDocuments(
  trx: Trx,
  fromId: number,
  limit: number,
  programmes: ProgrammeCache,
): Promise<{ documents: AnalysedDocument[]; lastId: number | undefined }> {
  const calls = await readCallSources(trx, fromId, limit);
  const documents: AnalysedDocument[] = [];
  for (const call of calls) {
    documents.push(analyse(fromCall(call.id, call, await programmeOf(trx, call.programme, programmes)), call.sortDate));
  }
  return { documents, lastId: calls.at(-1)?.id };
}

/** The documents of records just written, by id: calls in a few set-based queries, the others one by one (they are few). */
export async function readSearchDocuments(
  trx: Trx,
  type: SearchEntityType,
  ids: readonly number[],
  programmes: ProgrammeCache = new Map(),
): Promise<Map<number, AnalysedDocument>> {
  const documents = new Map<number, AnalysedDocument>();
  if (type === "call") {
    for (const call of await readCallSourcesByIds(trx, ids)) {
      documents.set(call.id, analyse(fromCall(call.id, call, await programmeOf(trx, call.programme, programmes)), call.sortDate));
    }
    return documents;
  }
  for (const id of ids) {
    const document = await readSearchDocument(trx, type, id, programmes);
    if (document) documents.set(id, document);
  }
  return documents;
}

async function programmeOf(trx: Trx, slug: string | null, programmes: ProgrammeCache) {
  if (!slug) return undefined;
  if (!programmes.has(slug)) programmes.set(slug, loadProgrammeBySlug(trx, slug));
  return programmes.get(slug);
}

async function readSource(trx: Trx, type: SearchEntityType, id: number, programmes: ProgrammeCache) {
  if (type === "call") {
    const call = (await callStore.load(trx, id))?.input;
    return call && fromCall(id, call, await programmeOf(trx, call.programme, programmes));
  }
  if (type === "programme") {
    const programme = (await programmeStore.load(trx, id))?.input;
    return programme && fromProgramme(id, programme);
  }
  if (type === "event") {
    const event = (await eventStore.load(trx, id))?.input;
    if (!event) return undefined;
    return {
      ...common(id, "event", event),
      title: event.title,
      code: null,
      introduction: event.summary,
      body: join(event.body, event.organiser, event.location),
      ...notACall(),
      programmes: [],
      themes: [],
      startsAt: event.startsAt,
    };
  }
  const article = (await articleStore.load(trx, id))?.input;
  if (!article) return undefined;
  return {
    ...common(id, "article", article),
    title: article.title,
    code: null,
    introduction: article.subtitle,
    body: article.body ?? "",
    ...notACall(),
    programmes: article.programmes,
    themes: article.themes,
    startsAt: null,
  };
}

/** What events and articles lack: a programme of their own, eligibility and deadlines. */
function notACall(): Pick<
  SourceDocument,
  "programmeName" | "beneficiaryTypes" | "partnersNeeded" | "projectType" | "opensOn" | "isRolling" | "deadlines" | "closesAt"
> {
  return {
    programmeName: null,
    beneficiaryTypes: [],
    partnersNeeded: null,
    projectType: null,
    opensOn: null,
    isRolling: false,
    deadlines: [],
    closesAt: null,
  };
}

async function loadProgrammeBySlug(trx: Trx, slug: string) {
  const id = await programmeStore.findIdBySlug(trx, slug);
  return id === undefined ? undefined : (await programmeStore.load(trx, id))?.input;
}

interface Published {
  slug: string;
  language: Language;
  state: string;
  publishAt: string | null;
}

function common(id: number, type: SearchEntityType, input: Published) {
  return {
    type,
    id,
    slug: input.slug,
    language: input.language,
    published: input.state === "published",
    visibleFrom: input.publishAt,
  };
}

/** A call inherits its programme's themes, beneficiary types and partner rule when it has none of its own. */
function fromCall(id: number, call: Omit<CallSource, "id" | "sortDate">, programme: ProgrammeInput | undefined): SourceDocument {
  const deadlines = call.deadlines.map((d) => brusselsInstant(d.date, d.time)).sort();
  return {
    ...common(id, "call", call),
    title: call.title,
    code: call.code,
    introduction: call.introduction,
    body: join(
      call.objectives,
      call.infoContact,
      call.partnersNote,
      call.projectType,
      call.budgetNote,
      call.cofinancingNote,
      call.parentCallCode,
      call.parentCallTitle,
      ...call.extraSections.flatMap((s) => [s.heading, s.body]),
      programme?.name,
      programme?.shortName,
    ),
    programmes: call.programme ? [call.programme] : [],
    programmeName: programme ? (programme.shortName ?? programme.name) : null,
    themes: call.themes ?? programme?.themes ?? [],
    beneficiaryTypes: call.beneficiaryTypes ?? (programme?.beneficiaryTypes ?? []).map(inheritedType),
    partnersNeeded: call.partnersNeeded ?? programme?.partnersNeeded ?? null,
    projectType: call.projectType,
    opensOn: call.opensOn,
    isRolling: call.isRolling,
    deadlines,
    closesAt: callClosesAt(deadlines, programme?.period ?? null),
    startsAt: null,
  };
}

function fromProgramme(id: number, programme: ProgrammeInput): SourceDocument {
  return {
    ...common(id, "programme", programme),
    title: programme.name,
    code: programme.shortName,
    introduction: programme.introduction,
    body: join(
      programme.objectives,
      ...programme.keyActions.flatMap((a) => [a.title, a.lead, ...a.items, a.note]),
      programme.managingBodies,
      programme.projectTypes,
      programme.partnersNote,
      programme.applicationProcedure,
      programme.budgetNote,
      ...programme.legislation.flatMap((l) => [l.reference, l.title]),
      ...programme.extraSections.flatMap((s) => [s.heading, s.body]),
    ),
    programmes: [programme.slug],
    programmeName: programme.shortName ?? programme.name,
    themes: programme.themes,
    beneficiaryTypes: programme.beneficiaryTypes,
    partnersNeeded: programme.partnersNeeded,
    projectType: null,
    opensOn: null,
    isRolling: false,
    deadlines: [],
    closesAt: null,
    startsAt: null,
  };
}

const join = (...parts: (string | null | undefined)[]) => parts.filter(Boolean).join("\n\n");
const list = (values: readonly string[]) => (values.length ? `|${[...values].sort().join("|")}|` : "");

/** Snippets need only so much body; the index keeps every token. */
const STORED_BODY = 4000;

function analyse(doc: SourceDocument, sortDate: string): AnalysedDocument {
  const lang = doc.language;
  const vocabulary = new Map<string, string>();
  const parts: Token[] = [];
  // Introductions and bodies are Markdown; search reads and quotes them as a reader sees them.
  const introduction = plainText(doc.introduction);
  const body = plainText(doc.body) ?? "";
  const titleTerms = analyseText(doc.title, lang, vocabulary, parts);
  const codeTerms = analyseText(doc.code, lang, vocabulary, []);
  const introTerms = analyseText(introduction, lang, vocabulary, parts);
  const bodyTerms = analyseText(body, lang, vocabulary, parts);
  for (const part of parts) if (!vocabulary.has(part.token)) vocabulary.set(part.token, part.word);
  const row: SearchDocumentRow = {
    entityType: doc.type,
    entityId: doc.id,
    language: lang,
    slug: doc.slug,
    title: doc.title,
    code: doc.code,
    codeKey: doc.code
      ? words(doc.code)
          .map((w) => w.text)
          .join(" ") || null
      : null,
    introduction,
    body: body.slice(0, STORED_BODY) || null,
    titleTerms: titleTerms.join(" "),
    codeTerms: codeTerms.join(" "),
    introTerms: introTerms.join(" "),
    bodyTerms: bodyTerms.join(" "),
    partsTerms: parts.map((p) => p.token).join(" "),
    programmes: list(doc.programmes),
    programmeName: doc.programmeName,
    themes: list(doc.themes),
    beneficiaryTypes: list(doc.beneficiaryTypes),
    partnersNeeded: doc.partnersNeeded,
    projectType: doc.projectType?.trim() || null,
    opensOn: doc.opensOn,
    closesAt: doc.closesAt,
    isRolling: doc.isRolling ? 1 : 0,
    deadlines: JSON.stringify(doc.deadlines),
    startsAt: doc.startsAt,
    sortDate,
    published: doc.published ? 1 : 0,
    visibleFrom: doc.visibleFrom,
  };
  return { row, vocabulary };
}
