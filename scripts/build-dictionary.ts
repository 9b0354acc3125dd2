import { readFileSync, writeFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";

/**
 * Derives src/modules/search/translation/freedict-nl-en.tsv from the FreeDict Dutch-English
 * and English-Dutch dictionaries as Debian installs them (apt-get install
 * dict-freedict-nld-eng dict-freedict-eng-nld). The result is committed, so running the
 * guide needs no apt step; this script is how it is made again from a newer FreeDict.
 *
 *   npm run dictionary -- [/usr/share/dictd]
 */
const source = process.argv[2] ?? "/usr/share/dictd";
const target = new URL("../src/modules/search/translation/freedict-nl-en.tsv", import.meta.url);

/** Translations worth searching for: a few plain words, not notes, abbreviations or run-together phrases. */
const usable = /^[\p{L}][\p{L}' -]{1,40}$/u;
const MAX_WORDS = 3;

type Pairs = Map<string, Set<string>>;

function entries(name: string): { headword: string; translations: string[] }[] {
  const dict = gunzipSync(readFileSync(`${source}/${name}.dict.dz`));
  const index = readFileSync(`${source}/${name}.index`, "utf8");
  const found: { headword: string; translations: string[] }[] = [];
  for (const line of index.split("\n")) {
    const [word, offset, length] = line.split("\t");
    if (!word || !offset || !length || word.startsWith("00-database")) continue;
    const body = dict.subarray(base64Number(offset), base64Number(offset) + base64Number(length));
    const [first, ...rest] = body.toString("utf8").split("\n");
    const headword = clean((first ?? "").replace(/\s*\/.*$/, ""));
    const translations = rest
      .flatMap((l) => l.replace(/^\s*\d+\.\s*/, "").split(/[,;]/))
      .map(clean)
      .filter((t) => usable.test(t) && t.split(" ").length <= MAX_WORDS);
    if (usable.test(headword) && translations.length) found.push({ headword, translations });
  }
  return found;
}

/** Offsets and lengths in a dictd index are numbers in base 64. */
function base64Number(text: string): number {
  const digits = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  let n = 0;
  for (const c of text) n = n * 64 + digits.indexOf(c);
  return n;
}

function clean(text: string): string {
  return text
    .replace(/\u2010/g, "-")
    .replace(/\s+/g, " ")
    .trim()
    .toLowerCase();
}

function add(pairs: Pairs, dutch: string, english: string): void {
  if (dutch === english) return;
  let set = pairs.get(dutch);
  if (!set) {
    set = new Set();
    pairs.set(dutch, set);
  }
  set.add(english);
}

const pairs: Pairs = new Map();
for (const { headword, translations } of entries("freedict-nld-eng")) for (const t of translations) add(pairs, headword, t);
for (const { headword, translations } of entries("freedict-eng-nld")) for (const t of translations) add(pairs, t, headword);

const lines = [...pairs]
  .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  .map(([dutch, english]) => `${dutch}\t${[...english].join("; ")}`);
writeFileSync(target, `${lines.join("\n")}\n`);
console.info(`${lines.length} Dutch headwords written to ${target.pathname}`);
