import { articleEditor } from "./article-editor.js";
import { callEditor } from "./call-editor.js";
import { contactEditor } from "./contact-editor.js";
import { eventEditor } from "./event-editor.js";
import { programmeEditor } from "./programme-editor.js";
import type { RecordEditor } from "./record-editor.js";
import { beneficiaryTypeEditor, themeEditor } from "./taxonomy-editors.js";

// biome-ignore lint/suspicious/noExplicitAny: each editor is used with its own input type by the code it is handed to
export type AnyEditor = RecordEditor<any>;

/** Every kind of record the back office edits, in the order of its menu. */
export const RECORD_EDITORS: readonly AnyEditor[] = [
  callEditor,
  programmeEditor,
  eventEditor,
  articleEditor,
  themeEditor,
  beneficiaryTypeEditor,
  contactEditor,
];

/** The editors of records with drafts and publishing: what the dashboard counts and the worker publishes. */
export const WORKFLOW_EDITORS = RECORD_EDITORS.filter((editor) => editor.workflow);
