import type { z } from "zod";
import type { cofinancingShareInput } from "../../calls/call.input.js";

type Share = z.input<typeof cofinancingShareInput>;
const share = /^(maximaal|max\.?|hoogstens|minimaal|min\.?|minstens)\s+(\d+(?:,\d+)?)\s*%\s+(.+?)\.?$/i;

/**
 * "... in volgende verhouding: maximaal 25% AMIF ; maximaal 25% cofinanciering VVSG ;
 * minimaal 50% eigen financiering (...)" → three shares. A text that is not such a list → [].
 */
export function cofinancingShares(sentence: string): Share[] {
  const list = sentence.slice(sentence.indexOf(":") + 1);
  const parts = list.split(";").map((part) => share.exec(part.trim()));
  if (parts.length < 2 || parts.some((p) => !p)) return [];
  return parts.map((p) => {
    const [, bound = "", percent = "", source = ""] = p as RegExpExecArray;
    return {
      source: source.replace(/\s*\([^)]*\)\s*$/, "").trim(),
      bound: /^(min|minimaal|minstens)/i.test(bound) ? "min" : "max",
      percent: Number(percent.replace(",", ".")),
    };
  });
}
