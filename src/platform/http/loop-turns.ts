/**
 * Turns on the event loop for requests. Node accepts one new connection per turn of its event
 * loop, and a turn lasts as long as the answers it runs: under a closed loop of 200 busy
 * connections a turn took 50-80 ms, so the last of 200 new connections was accepted after
 * 5-9 s while those already open were answered in milliseconds. A request that finds the
 * current turn has already spent `SLICE_MS` answering others (2 ms gave the fewest slow first answers in the soak, 5 ms the most pages a second) waits for a later one, so the
 * loop comes round (accepting, reading sockets, firing timers) every few milliseconds whatever
 * the load, and waiting requests go in the order they came.
 */
const SLICE_MS = 2;

let sliceStart = 0;
let ticking = false;
let asked = false;
let waiting = 0;

/** First among each turn's immediates while requests come or wait; stops on a quiet turn, so an idle process does not spin. */
function nextTurn() {
  sliceStart = performance.now();
  if (!asked && waiting === 0) {
    ticking = false;
    return;
  }
  asked = false;
  setImmediate(nextTurn);
}

const nextImmediate = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Resolves when this request may run: at once while the current turn has time left, else in a
 * later turn; with the milliseconds it waited for that turn (0 when it ran at once).
 */
export async function takeTurn(): Promise<number> {
  asked = true;
  if (!ticking) {
    ticking = true;
    sliceStart = performance.now();
    setImmediate(nextTurn);
    return 0;
  }
  if (performance.now() - sliceStart <= SLICE_MS) return 0;
  const queued = performance.now();
  waiting++;
  try {
    do await nextImmediate();
    while (performance.now() - sliceStart > SLICE_MS);
  } finally {
    waiting--;
  }
  return performance.now() - queued;
}
