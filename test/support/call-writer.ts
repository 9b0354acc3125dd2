/**
 * A process that writes calls through the catalogue writer, as an editor or an import in
 * another process would: `tsx test/support/call-writer.ts --calls N --every MS --words "a|b"`.
 * Call i gets the i-th words and a marker word of its own; with --archive every third call
 * archives the one before it. After each commit it prints one JSON line: the call's slug, marker and commit moment.
 */
import { parseArgs } from "node:util";
import { loadConfig } from "../../src/config.js";
import { callInput } from "../../src/modules/calls/call.input.js";
import { callStore } from "../../src/modules/calls/call.store.js";
import { openRuntime } from "../../src/runtime.js";

const { values } = parseArgs({
  options: {
    calls: { type: "string", default: "10" },
    every: { type: "string", default: "1000" },
    words: { type: "string", default: "Proefoproep" },
    run: { type: "string", default: Date.now().toString(36) },
    archive: { type: "boolean", default: false },
  },
});
const words = (values.words as string).split("|");
const runtime = await openRuntime(loadConfig());
const inputOf = (i: number) =>
  callInput.parse({
    slug: `geschreven-${values.run}-${i}`,
    title: `${words[i % words.length]} ${markerOf(i)}`,
    code: `Schrijfproef ${values.run} ${i}`,
    introduction: `Een oproep die een ander proces schreef: ${words[(i + 1) % words.length]}.`,
    deadlines: [{ date: "2099-12-31" }],
  });
function markerOf(i: number) {
  return `merk${values.run}x${i.toString(36)}`.replace(/[^a-z0-9]/g, "");
}

for (let i = 0; i < Number(values.calls); i++) {
  if (i > 0) await new Promise((resolve) => setTimeout(resolve, Number(values.every)));
  const { id } = await runtime.writer.save(callStore, { input: inputOf(i), actor: "call-writer" });
  if (values.archive && i % 3 === 2) {
    const before = inputOf(i - 1);
    await runtime.writer.save(callStore, { input: { ...before, state: "archived" }, actor: "call-writer" });
  }
  process.stdout.write(`${JSON.stringify({ id, slug: inputOf(i).slug, marker: markerOf(i), committedAt: Date.now() })}\n`);
}
await runtime.close();
