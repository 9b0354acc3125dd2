import { pathsFor } from "../../platform/http/paths.js";
import { type ArticleInput, articleInput } from "../articles/article.input.js";
import { articleStore } from "../articles/article.store.js";
import { list, optional, text } from "./form-values.js";
import { fieldLabels, type RecordEditor } from "./record-editor.js";
import { ArticleFields } from "./views/article-fields.js";

const FIELDS = ["slug", "title", "subtitle", "body", "language", "themes", "programmes", "publishAt"] as const;

/** The article form: its text in Markdown and the themes and programmes it is about. */
export const articleEditor: RecordEditor<ArticleInput> = {
  section: "articles",
  store: articleStore,
  schema: articleInput,
  workflow: true,
  blank: () => articleInput.parse({ slug: "nieuw", title: "nieuw", state: "draft" }),
  placeholders: ["title"],
  markdownFields: ["body"],
  repeaters: {},
  references: {
    themes: { type: "theme", table: "themes" },
    programmes: { type: "programme", table: "programmes" },
  },
  title: (input) => input.title,
  kind: () => undefined,
  label: fieldLabels(FIELDS),
  publicPath: (lang, slug) => pathsFor(lang).article(slug),
  Fields: ArticleFields,

  toForm(input) {
    return {
      slug: input.slug,
      title: input.title,
      subtitle: input.subtitle ?? "",
      body: input.body ?? "",
      language: input.language,
      "themes[]": input.themes,
      "programmes[]": input.programmes,
    };
  },

  fromForm(values, base) {
    return {
      rowIndex: (_, position) => position,
      draft: {
        ...base,
        slug: text(values, "slug").trim(),
        title: text(values, "title"),
        subtitle: optional(values, "subtitle"),
        body: optional(values, "body"),
        language: text(values, "language") || base.language,
        themes: list(values, "themes"),
        programmes: list(values, "programmes"),
      },
    };
  },
};
