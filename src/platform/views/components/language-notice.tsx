import type { PageContext } from "../page-context.js";

/** Said before content written in the other language: "Only available in Dutch" on an English page. */
export function LanguageNotice({ page, language }: { page: PageContext; language: string }) {
  if (language === page.lang || (language !== "nl" && language !== "en")) return null;
  return (
    <p class="notice language-notice" role="note">
      {page.t(language === "nl" ? "content.onlyDutch" : "content.onlyEnglish")}
    </p>
  );
}
