/**
 * Dutch writes compounds as one word ("ruimtevaartindustrie", "drinkwatervoorziening"),
 * which no dictionary lists. Before a compound is translated it is split into words that
 * are known (in any form the stemmer takes for the same word), at most three, joined directly
 * or by a linking "s", "e" or "en". The split with the fewest parts wins, and
 * among those the longest first part ("drinkwater" + "voorziening", not "drink" + ...).
 */
const MIN_PART = 3;
const MAX_PARTS = 3;
const LINKS = ["", "s", "e", "en"];

export function splitCompound(word: string, isWord: (part: string) => boolean): string[] | undefined {
  if (word.length < 2 * MIN_PART || /[0-9]/.test(word)) return undefined;
  for (let parts = 2; parts <= MAX_PARTS; parts++) {
    const found = split(word, parts, isWord);
    if (found) return found;
  }
  return undefined;
}

function split(word: string, parts: number, isWord: (part: string) => boolean): string[] | undefined {
  if (parts === 1) return word.length >= MIN_PART && isWord(word) ? [word] : undefined;
  for (let end = word.length - MIN_PART; end >= MIN_PART; end--) {
    const head = word.slice(0, end);
    if (!isWord(head)) continue;
    for (const link of LINKS) {
      if (!word.startsWith(link, end)) continue;
      const rest = split(word.slice(end + link.length), parts - 1, isWord);
      if (rest) return [head, ...rest];
    }
  }
  return undefined;
}
