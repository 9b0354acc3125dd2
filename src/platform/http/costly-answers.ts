import { AppError } from "../../errors.js";
import { takeTurn } from "./loop-turns.js";

/**
 * Answers that cost tens of milliseconds each: a feed, calendar, export or sitemap that is not
 * kept runs a search and renders every item. Made as many at a time as are asked, a flood of
 * them fills the event loop's turns (loop-turns.ts), and a kept call page, which takes a
 * millisecond, waits behind all of them. Per process at most `inProgress` are made at a time;
 * the others wait in their own queue, in the order they came, while cheap answers go ahead.
 */
export interface CostlyAnswers {
  /** Makes a whole answer once a place is free; after waiting `maxWaitMs` for one it is refused (503) instead. */
  make<T>(work: () => Promise<T>): Promise<T>;
  /**
   * A body made chunk by chunk: each chunk is made in a place of its own, so a client that
   * reads slowly holds none. Only the first chunk can be refused; a body once begun is finished.
   */
  chunks<T>(chunks: AsyncGenerator<T>): AsyncGenerator<T>;
}

export function costlyAnswers(options: { inProgress: number; maxWaitMs: number }): CostlyAnswers {
  let making = 0;
  const waiting: (() => void)[] = [];

  const leave = () => {
    const next = waiting.shift();
    if (next) next();
    else making--;
  };

  /** Resolves when this answer has a place (taken over from one that left), false when it waited too long. */
  async function enter(maxWaitMs: number): Promise<boolean> {
    if (making < options.inProgress) {
      making++;
      return true;
    }
    const entered = await new Promise<boolean>((resolve) => {
      const take = () => {
        clearTimeout(timer);
        resolve(true);
      };
      const timer = Number.isFinite(maxWaitMs)
        ? setTimeout(() => {
            waiting.splice(waiting.indexOf(take), 1);
            resolve(false);
          }, maxWaitMs)
        : undefined;
      waiting.push(take);
    });
    // The place came free at the end of another answer's work: wait for a turn of the loop instead of running on in that one.
    if (entered) await takeTurn();
    return entered;
  }

  async function inPlace<T>(maxWaitMs: number, work: () => Promise<T>): Promise<T> {
    if (!(await enter(maxWaitMs))) throw new AppError("overloaded");
    try {
      return await work();
    } finally {
      leave();
    }
  }

  return {
    make: (work) => inPlace(options.maxWaitMs, work),
    async *chunks(chunks) {
      let maxWaitMs = options.maxWaitMs;
      try {
        for (;;) {
          const next = await inPlace(maxWaitMs, () => chunks.next());
          if (next.done) return;
          maxWaitMs = Number.POSITIVE_INFINITY;
          yield next.value;
          // The reader asks for the next chunk as soon as it has written this one: the loop comes round first.
          await takeTurn();
        }
      } finally {
        await chunks.return(undefined);
      }
    },
  };
}
