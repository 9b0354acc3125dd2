import { describe, expect, it } from "vitest";
import { snippet, wordMatcher } from "./snippet.js";

const numbered = (count: number, hitAt?: number) =>
  Array.from({ length: count }, (_, i) => (i === hitAt ? "Opleidingen" : `w${i}`)).join(" ");
const isHit = wordMatcher([[{ kind: "term", token: "opleid", boost: 1 }]], "nl");
const shown = (text: string) =>
  snippet(text, isHit)
    .map((s) => (s.hit ? `[${s.text}]` : s.text))
    .join("");

describe("a snippet", () => {
  it("shows eight words before the first hit and the words after it, thirty in all, marking what was left out", () => {
    const before = "w42 w43 w44 w45 w46 w47 w48 w49";
    const after = "w51 w52 w53 w54 w55 w56 w57 w58 w59 w60 w61 w62 w63 w64 w65 w66 w67 w68 w69 w70 w71";
    expect(shown(numbered(100, 50))).toBe(`… ${before} [Opleidingen] ${after} …`);
  });

  it("starts at the opening when the hit is among the first words, and ends with the text when it is near the end", () => {
    expect(shown(numbered(12, 3))).toBe("w0 w1 w2 [Opleidingen] w4 w5 w6 w7 w8 w9 w10 w11");
    expect(shown(numbered(40, 36))).toBe("… w28 w29 w30 w31 w32 w33 w34 w35 [Opleidingen] w37 w38 w39");
  });

  it("shows the opening thirty words when nothing matches, and nothing for a text without words", () => {
    expect(shown(numbered(31))).toBe(`${numbered(30)} …`);
    expect(shown(numbered(30))).toBe(numbered(30));
    expect(snippet("… — !", isHit)).toEqual([]);
  });

  it("marks every hit in the window: stems, and Dutch compounds by their parts", () => {
    expect(shown("Twee beroepsopleidingen en één opleiding.")).toBe("Twee [beroepsopleidingen] en één [opleiding].");
  });

  it("starts at the sentence with the first hit when the hit is early in it", () => {
    const text = `${numbered(40)}. Deze oproep steunt opleidingen op de werkvloer. Meer daarover later.`;
    expect(shown(text)).toBe("… Deze oproep steunt [opleidingen] op de werkvloer. Meer daarover later.");
  });
});
