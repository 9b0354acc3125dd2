import type autocannon from "autocannon";

/** Where a client is in its walk; one per client, as autocannon copies each client's requests. */
interface Step {
  at: number;
  /** The path of the request built last, the one a client with one request at a time waits for. */
  path: string;
}

type WalkingRequest = autocannon.Request & { step: Step };

/**
 * The requests of a phase as one request that walks `paths` in order, each client from the
 * start. autocannon copies and encodes every request of the list for each client before it
 * connects any: with 1 430 paths and 200 clients that took 1.6-2.9 s, which the first request
 * of every client counted as waiting for the server. One request is copied in microseconds, and
 * each path is encoded when it is sent.
 */
export function walk(paths: readonly string[]): autocannon.Request[] {
  const request: WalkingRequest = {
    method: "GET",
    path: paths[0] ?? "/",
    step: { at: 0, path: "" },
    // autocannon passes a copy of the client's request whose step is still the client's own.
    setupRequest: (req) => {
      const { step } = req as WalkingRequest;
      step.path = paths[step.at++ % paths.length] ?? "/";
      return { ...req, path: step.path };
    },
  };
  return [request];
}

/** The path of the request a client has just been answered. */
export function answeredPath(client: autocannon.Client): string {
  const inside = client as autocannon.Client & { requestIterator: { currentRequest: WalkingRequest } };
  return inside.requestIterator.currentRequest.step.path;
}
