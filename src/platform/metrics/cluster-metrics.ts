import cluster from "node:cluster";
import { randomUUID } from "node:crypto";
import { AggregatorRegistry, type Registry } from "prom-client";

const ASK = "subsidiegids:metrics-asked";
const ANSWER = "subsidiegids:metrics-answered";
/** A scrape waits this long for the other web processes, then reports this one alone. */
const WAIT_MS = 3000;

interface Answer {
  type: typeof ANSWER;
  id: string;
  text: string;
}

/**
 * In the primary of a cluster: a web process asked for the metrics of all of them, so a
 * scrape sees the whole site whichever process the connection reached.
 */
export function answerClusterMetrics(): void {
  const all = new AggregatorRegistry();
  cluster.on("message", (worker, message: { type?: string; id?: string }) => {
    if (message?.type !== ASK) return;
    all
      .clusterMetrics()
      .then((text) => worker.send({ type: ANSWER, id: String(message.id), text } satisfies Answer))
      .catch(() => worker.send({ type: ANSWER, id: String(message.id), text: "" } satisfies Answer));
  });
}

/** In a web process of a cluster: the registry the primary collects when any process is scraped. */
export function shareWithCluster(registry: Registry): void {
  if (!cluster.isWorker) return;
  AggregatorRegistry.setRegistries([registry]);
  // Making one is what makes the library answer the primary's requests in this process.
  new AggregatorRegistry();
}

/** This process's metrics text, or in a cluster those of every web process summed. */
export async function siteMetrics(registry: Registry): Promise<string> {
  if (!cluster.isWorker || !process.send) return registry.metrics();
  const id = randomUUID();
  const answered = new Promise<string>((resolve) => {
    const timer = setTimeout(() => done(""), WAIT_MS);
    const listen = (message: Partial<Answer>) => {
      if (message?.type === ANSWER && message.id === id) done(message.text ?? "");
    };
    const done = (text: string) => {
      clearTimeout(timer);
      process.off("message", listen);
      resolve(text);
    };
    process.on("message", listen);
  });
  process.send({ type: ASK, id });
  return (await answered) || registry.metrics();
}
