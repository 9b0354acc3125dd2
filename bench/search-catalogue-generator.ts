import type { Kysely } from "kysely";
import type { Database } from "../src/platform/db/schema.js";
import { brusselsInstant } from "../src/platform/time/brussels.js";
import { type Language, loadVocabulary, zipf } from "./search-vocabulary.js";

/**
 * A seeded, realistic catalogue for the search benchmark: Dutch and English calls written
 * in words harvested from real texts (search-vocabulary.ts), with titles, introductions
 * and objectives of realistic length, codes, deadlines over several years and
 * a skewed spread over programmes, themes and beneficiary types. Written straight into the
 * tables in bulk (the benchmark measures search, not the editorial writer).
 */
export function random(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  /** Zipf-like: early items are picked far more often, as in real text. */
  const skewed = <T>(items: readonly T[]) => items[Math.floor(items.length * next() ** 2.2)] as T;
  const pick = <T>(items: readonly T[]) => items[Math.floor(items.length * next())] as T;
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  return { next, skewed, pick, int };
}

/** The two languages' word samplers, the same for every run (the vocabulary is seeded too). */
export function catalogueLanguages(seed = 2025) {
  const r = random(seed);
  const vocabulary = loadVocabulary(r.next);
  const sampler = (language: Language) => ({
    ...language,
    word: zipf(language.words, r.next),
    queryWord: zipf(language.queryWords, r.next),
  });
  return { nl: sampler(vocabulary.nl), en: sampler(vocabulary.en) };
}

type Languages = ReturnType<typeof catalogueLanguages>;
type Words = Languages["nl"];

export const THEMES = [
  "werk-en-sociale-zaken",
  "onderwijs",
  "digitale-agenda",
  "energie-en-klimaat",
  "milieu",
  "cultuur-en-media",
  "onderzoek-en-innovatie",
  "sociale-bescherming",
  "justitie-en-burgerschap",
  "eu-uitbreiding",
  "werkgelegenheid",
  "gezondheid",
];
export const BENEFICIARY_TYPES = [
  "lokale-overheid",
  "kmos",
  "ngo",
  "non-profit",
  "scholen",
  "universiteit",
  "onderzoeksinstellingen",
  "private-ondernemingen",
  "publieke-ondernemingen",
  "koepelorganisaties",
  "regionale-overheden",
  "individuele",
  "internationale-organisaties",
];
export const PROGRAMMES = [
  ["esf-plus", "ESF+", "nl"],
  ["erasmus-plus", "ERASMUS", "en"],
  ["horizon-europe", "HORIZON", "en"],
  ["life", "LIFE", "en"],
  ["amif", "AMIF", "nl"],
  ["interreg-vl-nl", "INTERREG", "nl"],
  ["creative-europe", "CREA", "en"],
  ["digital-europe", "DIGITAL", "en"],
  ["cerv", "CERV", "en"],
  ["efro-vlaanderen", "EFRO", "nl"],
  ["eu4health", "EU4H", "en"],
  ["cef", "CEF", "en"],
  ["just-transition-fund", "JTF", "nl"],
  ["isf", "ISF", "nl"],
  ["single-market", "SMP", "en"],
  ["europa-voor-de-burger", "EVB", "nl"],
] as const;
const PROJECT_TYPES = [
  "Samenwerkingsproject",
  "Opleidingstraject",
  "Research and innovation action",
  "Coordination and support action",
  "Mobiliteitsproject",
  "Pilot",
  null,
];

function sentence(words: Words, length: number): string {
  const picked = Array.from({ length }, words.word);
  const text = picked.join(" ");
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

function paragraph(r: ReturnType<typeof random>, words: Words, wordCount: number): string {
  const sentences: string[] = [];
  let count = 0;
  while (count < wordCount) {
    const n = r.int(8, 18);
    sentences.push(sentence(words, n));
    count += n;
  }
  return sentences.join(" ");
}

const CHUNK = 200;

export async function generateCatalogue(db: Kysely<Database>, calls: number, seed = 2025): Promise<void> {
  const r = random(seed);
  const languages = catalogueLanguages(seed);
  const now = new Date().toISOString();
  await db.transaction().execute(async (trx) => {
    const label = (slug: string) => slug.replace(/-/g, " ");
    const themeIds = await insertAll(
      trx,
      "themes",
      THEMES.map((slug, i) => ({ slug, nameNl: label(slug), nameEn: label(slug), position: i })),
    );
    const typeIds = await insertAll(
      trx,
      "beneficiaryTypes",
      BENEFICIARY_TYPES.map((slug, i) => ({ slug, nameNl: label(slug), nameEn: label(slug), position: i })),
    );
    const programmeIds = await insertAll(
      trx,
      "programmes",
      PROGRAMMES.map(([slug, short, language]) => ({
        slug,
        name: `${short} programme`,
        shortName: short,
        language,
        introduction: paragraph(r, languages[language], 80),
        createdAt: now,
        updatedAt: now,
      })),
    );
    for (const programmeId of programmeIds) {
      await trx
        .insertInto("programmeThemes")
        .values(distinct(r, themeIds, 2).map((themeId) => ({ programmeId, themeId })))
        .execute();
      await trx
        .insertInto("programmeBeneficiaryTypes")
        .values(distinct(r, typeIds, 4).map((beneficiaryTypeId) => ({ programmeId, beneficiaryTypeId })))
        .execute();
    }
    for (let start = 0; start < calls; start += CHUNK) {
      const batch = Array.from({ length: Math.min(CHUNK, calls - start) }, (_, i) =>
        makeCall(r, languages, start + i, programmeIds, now),
      );
      const ids = await insertAll(
        trx,
        "calls",
        batch.map((b) => b.row),
      );
      const deadlines = batch.flatMap((b, i) => b.deadlines.map((d, position) => ({ callId: ids[i] as number, position, ...d })));
      if (deadlines.length) await trx.insertInto("callDeadlines").values(deadlines).execute();
      const ownThemes = batch.flatMap((b, i) =>
        b.row.ownThemes ? distinct(r, themeIds, 2).map((themeId) => ({ callId: ids[i] as number, themeId })) : [],
      );
      if (ownThemes.length) await trx.insertInto("callThemes").values(ownThemes).execute();
      const ownTypes = batch.flatMap((b, i) =>
        b.row.ownBeneficiaries
          ? distinct(r, typeIds, 3).map((beneficiaryTypeId) => ({ callId: ids[i] as number, beneficiaryTypeId }))
          : [],
      );
      if (ownTypes.length) await trx.insertInto("callBeneficiaryTypes").values(ownTypes).execute();
    }
  });
}

function makeCall(r: ReturnType<typeof random>, languages: Languages, n: number, programmeIds: number[], now: string) {
  const p = Math.floor(PROGRAMMES.length * r.next() ** 1.6);
  const [, short, programmeLanguage] = PROGRAMMES[p] as (typeof PROGRAMMES)[number];
  const language = r.next() < 0.8 ? programmeLanguage : programmeLanguage === "nl" ? "en" : "nl";
  const words = languages[language];
  const year = r.int(2019, 2027);
  const month = r.int(1, 12);
  const day = r.int(1, 28);
  const pad = (x: number) => String(x).padStart(2, "0");
  const isRolling = r.next() < 0.05;
  const stages = isRolling ? 0 : r.next() < 0.15 ? 2 : 1;
  const deadlines = Array.from({ length: stages }, (_, i) => {
    const date = `${year}-${pad(Math.min(12, month + i * 3))}-${pad(day)}`;
    return { dueOn: date, dueTime: "17:00", dueAt: brusselsInstant(date, "17:00"), label: stages > 1 ? `stage ${i + 1}` : null };
  });
  const opensOn = `${month > 3 ? year : year - 1}-${pad(month > 3 ? month - 3 : month + 9)}-01`;
  const code =
    language === "nl" && r.next() < 0.5
      ? `Oproep ${n + 1}`
      : `${short}-${year}-${r.pick(["PEX", "COOP", "SAP", "CSA", "RIA", "IA"])}-${n + 1}`;
  return {
    row: {
      slug: `bench-call-${n + 1}`,
      title: sentence(words, r.int(5, 14)).slice(0, -1),
      code,
      programmeId: programmeIds[p] as number,
      opensOn,
      isRolling: isRolling ? 1 : 0,
      closesAt: deadlines.at(-1)?.dueAt ?? null,
      introduction: paragraph(r, words, r.int(40, 110)),
      objectives: paragraph(r, words, r.int(150, 400)),
      partnersNeeded: r.pick(["yes", "no", "sometimes", null] as const),
      projectType: r.pick(PROJECT_TYPES),
      language,
      ownThemes: r.next() < 0.3 ? 1 : 0,
      ownBeneficiaries: r.next() < 0.3 ? 1 : 0,
      publishedAt: new Date(Date.UTC(year, month - 4, day)).toISOString(),
      createdAt: now,
      updatedAt: now,
    },
    deadlines,
  };
}

function distinct(r: ReturnType<typeof random>, ids: number[], max: number): number[] {
  return [...new Set(Array.from({ length: r.int(1, max) }, () => r.skewed(ids)))];
}

async function insertAll<T extends "themes" | "beneficiaryTypes" | "programmes" | "calls">(
  db: Kysely<Database>,
  table: T,
  rows: Parameters<ReturnType<Kysely<Database>["insertInto"]>["values"]>[0][],
): Promise<number[]> {
  // biome-ignore lint/suspicious/noExplicitAny: one bulk helper for four tables
  const inserted = await (db.insertInto(table) as any).values(rows).returning("id").execute();
  return inserted.map((row: { id: number }) => row.id);
}
