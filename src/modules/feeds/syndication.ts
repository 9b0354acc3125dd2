import { Feed } from "feed";
import type { Lang } from "../../platform/i18n/translate.js";
import type { FeedScope, FeedSearch } from "./feed-search.js";
import { entryFacts, feedCoverage, feedTitle, feedWords } from "./feed-text.js";

/** RSS 2.0 and Atom 1.0 of a search, built by the feed library from the same entries. */
export function buildFeed(search: FeedSearch, scope: FeedScope, lang: Lang, selfUrls: { rss: string; atom: string }): Feed {
  const updated =
    search.entries
      .map((e) => e.updatedAt)
      .sort()
      .at(-1) ?? search.readAt;
  const feed = new Feed({
    id: selfUrls.atom,
    title: feedTitle(lang, scope, search.query.q),
    description: feedCoverage(lang, search.entries.length, search.total, search.pageUrl),
    link: search.pageUrl,
    language: lang === "nl" ? "nl-BE" : "en",
    updated: new Date(updated),
    generator: "Subsidiegids",
    copyright: feedWords[lang].rights,
    feedLinks: selfUrls,
  });
  for (const entry of search.entries) {
    const facts = entryFacts(entry, lang);
    feed.addItem({
      id: entry.url,
      title: entry.title,
      link: entry.url,
      description: [facts, entry.summary].filter(Boolean).join("\n\n"),
      date: new Date(entry.updatedAt),
      published: entry.publishedAt ? new Date(entry.publishedAt) : undefined,
      category: [{ name: entry.kind }],
    });
  }
  return feed;
}
