import { OpenAPIHono } from "@hono/zod-openapi";
import { queryProblem } from "./problem.js";

/** Every API router answers invalid parameters the same way: a 400 problem naming them. */
export function apiRouter() {
  return new OpenAPIHono({
    defaultHook: (result, c) => {
      if (!result.success) return queryProblem(c, result.error.issues);
    },
  });
}
