import type { z } from "@hono/zod-openapi";
import { Problem } from "./catalogue.schemas.js";

const problemContent = { "application/problem+json": { schema: Problem } };

/** The answers every read endpoint documents: the body, or a problem. */
export function jsonResponses(schema: z.ZodType, description: string, options: { notFound?: boolean } = {}) {
  return {
    200: {
      description,
      content: { "application/json": { schema } },
      headers: {
        ETag: { description: "Hash of the body; send it back in If-None-Match to get 304.", schema: { type: "string" as const } },
        "Last-Modified": { description: "When the newest record in the answer changed.", schema: { type: "string" as const } },
        RateLimit: { description: "Requests left in the current window.", schema: { type: "string" as const } },
        "RateLimit-Policy": { description: "Requests allowed per window.", schema: { type: "string" as const } },
      },
    },
    304: { description: "Not modified since the ETag sent in If-None-Match." },
    400: { description: "A query parameter is invalid; errors[] names it.", content: problemContent },
    ...(options.notFound ? { 404: { description: "No such published record.", content: problemContent } } : {}),
    429: { description: "Rate limit reached; see RateLimit and Retry-After.", content: problemContent },
  };
}

export const pageHeaders = {
  Link: { description: "RFC 8288 links: first, prev, next, last.", schema: { type: "string" as const } },
  "X-Total-Count": { description: "Number of items over all pages.", schema: { type: "string" as const } },
};
