import type { Socket } from "node:net";
import type autocannon from "autocannon";
import { routeKind } from "../src/platform/http/route-kind.js";
import { answeredPath } from "./soak-walk.js";

/** Answers slower than this miss the target; each of them is described. */
const SLOW_MS = 2000;
/** Besides those, the slowest so many are described, so a clean run still shows what came nearest. */
const SLOWEST = 20;

/** What autocannon's client keeps and its types do not show: its socket. */
type ClientInside = autocannon.Client & { conn: Socket };

interface Answer {
  ms: number;
  status: number;
  path: string;
  /** Whether it answered the first request on its connection (a new connection's wait to be accepted included). */
  first: boolean;
  /** When the request was sent, in ms since the phase started. */
  sentAt: number;
  /**
   * For the first request of a client: how long after it was sent its socket connected. The load
   * generator's own wait shows here: it makes every client of a phase before it connects any.
   */
  connectedAfter?: number;
}

/**
 * Which answers of a soak phase were slow: per answer over 2 s (and the slowest 20) its path,
 * route kind, status, whether it was its connection's first request, when it was sent, and for
 * a client's first request when its socket connected. Only the slow ones are kept, so a
 * ten-minute phase costs little memory.
 */
export function slowAnswers(startedAt: number) {
  let kept: Answer[] = [];
  let floor = 0;
  const trim = () => {
    kept.sort((a, b) => b.ms - a.ms);
    kept = kept.filter((answer, i) => i < SLOWEST || answer.ms > SLOW_MS);
    floor = Math.min(SLOW_MS, kept.at(-1)?.ms ?? 0);
  };
  return {
    /** Follows one autocannon client; call from setupClient. */
    follow(client: autocannon.Client) {
      const inside = client as ClientInside;
      const made = performance.now();
      let connectedAfter: number | undefined;
      // The client opens its first socket after setupClient; autocannon opens a new one after a timeout or a close.
      process.nextTick(() => inside.conn.once("connect", () => (connectedAfter = performance.now() - made)));
      let answeredOn: Socket | undefined;
      let answered = 0;
      client.on("response", (status: number, _bytes: number, ms: number) => {
        const first = inside.conn !== answeredOn;
        answeredOn = inside.conn;
        answered++;
        if (ms <= floor) return;
        const path = answeredPath(client);
        const sentAt = performance.now() - ms - startedAt;
        kept.push({ ms, status, path, first, sentAt, ...(answered === 1 ? { connectedAfter } : {}) });
        if (kept.length > 4 * SLOWEST && kept.length % SLOWEST === 0) trim();
      });
    },
    /** Lines to print: a summary of the answers over 2 s, then the slowest answers one per line. */
    report(): string[] {
      trim();
      const slow = kept.filter((answer) => answer.ms > SLOW_MS);
      const count = (key: (answer: Answer) => string) => {
        const counts = new Map<string, number>();
        for (const answer of slow) counts.set(key(answer), (counts.get(key(answer)) ?? 0) + 1);
        return [...counts].map(([k, n]) => `${k}×${n}`).join(" ");
      };
      const lines = slow.length
        ? [
            `  over 2 s by kind: ${count(kindOf)}; ${count((a) => (a.first ? "first on its connection" : "later on its connection"))}; sent in second ${count((a) => String(Math.floor(a.sentAt / 1000)))}`,
          ]
        : [];
      lines.push(`  slowest ${Math.min(SLOWEST, kept.length)}:`);
      for (const a of kept.slice(0, SLOWEST)) {
        const connected = a.connectedAfter === undefined ? "" : ` connected after ${Math.round(a.connectedAfter)} ms`;
        lines.push(
          `    ${Math.round(a.ms)} ms ${a.status} ${kindOf(a)} ${a.first ? "first" : "later"}, sent at ${(a.sentAt / 1000).toFixed(2)} s${connected}: ${a.path}`,
        );
      }
      return lines;
    },
  };
}

const kindOf = (answer: Answer) => routeKind(answer.path.split("?")[0] ?? answer.path);
