import type { IncomingMessage, Server, ServerResponse } from "node:http";
import { Server as NetServer, type Socket } from "node:net";
import { serve } from "@hono/node-server";
import type { Logger } from "pino";

export interface WebServerOptions {
  port: number;
  host: string;
  /** Builds the request handler once the port is known (links name the port actually served). */
  handler: (port: number) => (request: Request) => Response | Promise<Response>;
  log: Logger;
  /** How long accepted requests may take to finish after SIGTERM. */
  drainMs: number;
}

export interface WebServer {
  port: number;
  /** Resolves when the first request comes in. */
  firstRequest: Promise<void>;
  /** Resolves once the answer to the first request is over: sent, or its connection gone. */
  firstAnswer: Promise<void>;
  /** Stops accepting, finishes what was accepted; resolves true when everything finished in time. */
  drain(): Promise<boolean>;
}

/** A connection without a request yet is closed while draining only when older than this. */
const UNREAD_GRACE_MS = 2000;
const QUIET_MS = 200;

/**
 * The HTTP server with a graceful end. On drain it stops accepting connections, answers
 * /readyz with 503 so a load balancer sends no more, asks every connection still open to
 * close after its current answer, closes connections once idle, and resolves when the last
 * one has gone (or when the drain time is up, closing what is left).
 */
export function startWebServer(options: WebServerOptions): Promise<WebServer> {
  let draining = false;
  let handle: ((request: Request) => Response | Promise<Response>) | undefined;
  let connections: ReturnType<typeof trackConnections>;
  const fetch = async (request: Request) => {
    if (!handle) return new Response("starting", { status: 503, headers: { "Retry-After": "1" } });
    if (draining && new URL(request.url).pathname === "/readyz") {
      return Response.json({ status: "draining" }, { status: 503, headers: { Connection: "close" } });
    }
    const response = await handle(request);
    if (!draining) return response;
    // A copy: some responses' headers are immutable.
    const closing = new Response(response.body, response);
    closing.headers.set("Connection", "close");
    return closing;
  };
  return new Promise((resolve) => {
    const server = serve({ fetch, port: options.port, hostname: options.host }, (info) => {
      handle = options.handler(info.port);
      connections = trackConnections(server as Server);
      let asked: () => void = () => {};
      const firstRequest = new Promise<void>((resolve) => {
        asked = resolve;
      });
      const firstAnswer = new Promise<void>((answered) =>
        server.once("request", (_request: IncomingMessage, response: ServerResponse) => {
          asked();
          // "close" also when the client went away before the end: the answer is over either way.
          response.once("close", answered);
        }),
      );
      resolve({ port: info.port, firstRequest, firstAnswer, drain: () => drain(server as Server) });
    }) as Server;
  });

  async function drain(server: Server): Promise<boolean> {
    draining = true;
    await untilQuiet(server, connections, options.drainMs / 2);
    return new Promise((resolve) => {
      const finish = (complete: boolean) => {
        clearInterval(sweeping);
        clearTimeout(deadline);
        resolve(complete);
      };
      // net's close stops accepting without http's closing of every connection without a
      // request in progress, which would reset those whose request is not read yet.
      NetServer.prototype.close.call(server, () => finish(true));
      const sweeping = setInterval(() => connections.closeIdle(), 100);
      connections.closeIdle();
      const deadline = setTimeout(() => {
        options.log.warn({ drainMs: options.drainMs }, "requests still running at the end of the drain time; closing them");
        server.closeAllConnections();
        finish(false);
      }, options.drainMs);
    });
  }
}

/**
 * Which connections may be closed while draining: idle ones that have been answered (kept
 * alive), and idle ones that never sent a request once they are old enough that a request
 * in the socket's buffer would have been read by now.
 */
function trackConnections(server: Server) {
  const open = new Map<Socket, { busy: number; answered: boolean; since: number }>();
  server.on("connection", (socket: Socket) => {
    open.set(socket, { busy: 0, answered: false, since: Date.now() });
    socket.once("close", () => open.delete(socket));
  });
  server.on("request", (request: IncomingMessage, response: ServerResponse) => {
    const state = open.get(request.socket);
    if (!state) return;
    state.busy++;
    response.once("close", () => {
      state.busy--;
      state.answered = true;
    });
  });
  return {
    running: () => [...open.values()].reduce((sum, state) => sum + state.busy, 0),
    closeIdle() {
      const now = Date.now();
      for (const [socket, state] of open) {
        // end, not destroy: an answer still in the socket's buffer is sent before it closes.
        if (state.busy === 0 && (state.answered || now - state.since > UNREAD_GRACE_MS)) socket.end();
      }
    },
  };
}

/**
 * Connections the kernel has completed but a busy event loop has not taken yet are reset when
 * the listening socket closes. So the listener stays open while requests are running and
 * until a moment passes without a new connection (a load balancer has stopped sending by
 * then, seeing /readyz fail), for at most half the drain time.
 */
async function untilQuiet(server: Server, connections: ReturnType<typeof trackConnections>, longestMs: number) {
  const started = Date.now();
  let last = started;
  const seen = () => {
    last = Date.now();
  };
  server.on("connection", seen);
  do {
    await new Promise((resolve) => setTimeout(resolve, QUIET_MS));
    // setImmediate runs after the loop has polled for I/O, pending accepts included.
    await new Promise((resolve) => setImmediate(resolve));
  } while ((connections.running() > 0 || Date.now() - last < QUIET_MS) && Date.now() - started < longestMs);
  server.off("connection", seen);
}
