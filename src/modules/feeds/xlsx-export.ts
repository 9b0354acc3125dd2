import { PassThrough } from "node:stream";
import type { Lang } from "../../platform/i18n/translate.js";
import { exportHeaders, rowOf } from "./csv-export.js";
import type { FeedEntry } from "./feed-search.js";

/**
 * A whole search as an Excel workbook (.xlsx), streamed as the results come: the same
 * columns as the CSV, a bold header row that stays in view, filters on every column.
 * Excel opens it in every locale, where a comma-separated file lands in one column under
 * Belgian settings. Cells are written as text, so none runs as a formula.
 */
export async function* xlsxChunks(batches: AsyncIterable<FeedEntry[]>, lang: Lang): AsyncGenerator<Uint8Array> {
  const iterator = batches[Symbol.asyncIterator]();
  // The first batch is read before any byte is written, so a failing search is still an error page.
  const first = await iterator.next();
  // The library is tens of megabytes of code: loaded by the first export, not by every start.
  const { default: ExcelJS } = await import("exceljs");
  const out = new PassThrough();
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: out, useStyles: true, useSharedStrings: false });
  const sheet = workbook.addWorksheet(lang === "nl" ? "Resultaten" : "Results", { views: [{ state: "frozen", ySplit: 1 }] });
  const headers = exportHeaders[lang];
  // The title (second column) gets room to be read; the others fit a date or a name.
  sheet.columns = headers.map((header, index) => ({ header, key: header, width: index === 1 ? 60 : 22 }));
  sheet.getRow(1).font = { bold: true };
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: headers.length } };
  const writing = (async () => {
    try {
      for (let batch = first; !batch.done; batch = await iterator.next()) {
        for (const entry of batch.value) sheet.addRow(rowOf(entry, lang)).commit();
      }
      sheet.commit();
      await workbook.commit();
    } catch (error) {
      out.destroy(error as Error);
    }
  })();
  for await (const chunk of out) yield chunk as Uint8Array;
  await writing;
}
