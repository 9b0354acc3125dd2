import { describe, expect, it } from "vitest";
import { AppError } from "../../errors.js";
import { costlyAnswers } from "./costly-answers.js";

/** Work that goes on until the test lets it finish. */
function held() {
  let finish = () => {};
  const done = new Promise<void>((resolve) => {
    finish = resolve;
  });
  return { done, finish };
}

describe("costly answers per process", () => {
  it("makes at most the given number at a time, the others in the order they came", async () => {
    const costly = costlyAnswers({ inProgress: 2, maxWaitMs: 60_000 });
    const started: number[] = [];
    const works = Array.from({ length: 5 }, () => held());
    const answers = works.map((work, i) =>
      costly.make(async () => {
        started.push(i);
        await work.done;
        return i;
      }),
    );
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(started).toEqual([0, 1]);
    works[1]?.finish();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(started).toEqual([0, 1, 2]);
    for (const work of works) work.finish();
    expect(await Promise.all(answers)).toEqual([0, 1, 2, 3, 4]);
    expect(started).toEqual([0, 1, 2, 3, 4]);
  });

  it("refuses an answer that waited too long for a place as overloaded, and makes the next once a place is free", async () => {
    const costly = costlyAnswers({ inProgress: 1, maxWaitMs: 20 });
    const first = held();
    const making = costly.make(() => first.done);
    const refused = await costly.make(async () => "too late").catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(AppError);
    expect((refused as AppError).code).toBe("overloaded");
    first.finish();
    await making;
    expect(await costly.make(async () => "made")).toBe("made");
  });

  it("holds no place while a streamed body waits for its reader, and finishes a body it has begun", async () => {
    const costly = costlyAnswers({ inProgress: 1, maxWaitMs: 20 });
    async function* export_() {
      yield "kop\n";
      yield "rij\n";
    }
    const body = costly.chunks(export_());
    expect(await body.next()).toEqual({ done: false, value: "kop\n" });
    // The reader has not asked for more: a whole answer is made meanwhile.
    expect(await costly.make(async () => "feed")).toBe("feed");
    const other = held();
    const making = costly.make(() => other.done);
    const rest = body.next();
    await new Promise((resolve) => setTimeout(resolve, 40));
    other.finish();
    await making;
    expect(await rest).toEqual({ done: false, value: "rij\n" });
    expect(await body.next()).toEqual({ done: true, value: undefined });
  });
});
