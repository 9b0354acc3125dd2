import { randomBytes } from "node:crypto";
import { type ArticleInputDraft, articleInput } from "../../src/modules/articles/article.input.js";
import { articleStore } from "../../src/modules/articles/article.store.js";
import { type CallInputDraft, callInput } from "../../src/modules/calls/call.input.js";
import { callStore } from "../../src/modules/calls/call.store.js";
import { type ContactRecordDraft, contactRecordInput } from "../../src/modules/contacts/contact.input.js";
import { contactStore } from "../../src/modules/contacts/contact.store.js";
import { type EventInputDraft, eventInput } from "../../src/modules/events/event.input.js";
import { eventStore } from "../../src/modules/events/event.store.js";
import type { CatalogueWriter } from "../../src/modules/history/catalogue-writer.js";
import { type ProgrammeInputDraft, programmeInput } from "../../src/modules/programmes/programme.input.js";
import { programmeStore } from "../../src/modules/programmes/programme.store.js";
import { beneficiaryTypeInput, type ThemeInputDraft, themeInput } from "../../src/modules/themes/theme.input.js";
import { beneficiaryTypeStore, themeStore } from "../../src/modules/themes/theme.store.js";

/** Factories create their own parents, so a test never depends on what another test made. */
const unique = () => randomBytes(4).toString("hex");

export async function buildTheme(writer: CatalogueWriter, overrides: Partial<ThemeInputDraft> = {}) {
  const input = themeInput.parse({ slug: `thema-${unique()}`, nameNl: "Onderwijs", nameEn: "Education", ...overrides });
  const { id } = await writer.save(themeStore, { input, actor: "test" });
  return { id, ...input };
}

export async function buildBeneficiaryType(writer: CatalogueWriter, overrides: Partial<ThemeInputDraft> = {}) {
  const input = beneficiaryTypeInput.parse({ slug: `type-${unique()}`, nameNl: "Scholen", nameEn: "Schools", ...overrides });
  const { id } = await writer.save(beneficiaryTypeStore, { input, actor: "test" });
  return { id, ...input };
}

export async function buildProgramme(writer: CatalogueWriter, overrides: Partial<ProgrammeInputDraft> = {}) {
  const input = programmeInput.parse({ slug: `programma-${unique()}`, name: "Testprogramma", ...overrides });
  const { id } = await writer.save(programmeStore, { input, actor: "test" });
  return { id, ...input };
}

export async function buildCall(writer: CatalogueWriter, overrides: Partial<CallInputDraft> = {}) {
  const input = callInput.parse({ slug: `oproep-${unique()}`, title: "Testoproep", ...overrides });
  const { id } = await writer.save(callStore, { input, actor: "test" });
  return { id, ...input };
}

export async function buildEvent(writer: CatalogueWriter, overrides: Partial<EventInputDraft> = {}) {
  const input = eventInput.parse({
    slug: `event-${unique()}`,
    title: "Infosessie",
    startsAt: "2026-12-01T09:00:00.000Z",
    ...overrides,
  });
  const { id } = await writer.save(eventStore, { input, actor: "test" });
  return { id, ...input };
}

export async function buildArticle(writer: CatalogueWriter, overrides: Partial<ArticleInputDraft> = {}) {
  const input = articleInput.parse({ slug: `artikel-${unique()}`, title: "Wat je mag verwachten", ...overrides });
  const { id } = await writer.save(articleStore, { input, actor: "test" });
  return { id, ...input };
}

export async function buildContact(writer: CatalogueWriter, overrides: Partial<ContactRecordDraft> = {}) {
  const input = contactRecordInput.parse({ slug: `contact-${unique()}`, name: "An Peeters", ...overrides });
  const { id } = await writer.save(contactStore, { input, actor: "test" });
  return { id, ...input };
}
