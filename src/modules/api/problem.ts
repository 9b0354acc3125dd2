import type { Context } from "hono";
import { AppError, type ErrorCode } from "../../errors.js";
import { apiLanguage } from "./api-language.js";

/** One wrong query parameter, named so a client can point at it. */
export interface ParamError {
  param: string;
  message: string;
}

/**
 * RFC 9457 problem details: a stable type URI per error code, the title in the client's
 * language (Dutch or English), never a stack trace.
 */
export function problem(c: Context, error: AppError, paramErrors: ParamError[] = []) {
  const lang = apiLanguage(c);
  const body = {
    type: problemType(error.code),
    title: error.messageIn(lang),
    status: error.status,
    ...(error.detail ? { detail: error.detail } : {}),
    instance: new URL(c.req.url).pathname,
    ...(paramErrors.length ? { errors: paramErrors } : {}),
  };
  c.header("Content-Language", lang);
  c.header("Vary", "Accept-Language", { append: true });
  return c.body(JSON.stringify(body), error.status as 400, { "Content-Type": "application/problem+json; charset=utf-8" });
}

export function problemType(code: ErrorCode): string {
  return `/api/v1/docs#problem-${code.replaceAll("_", "-")}`;
}

/** Zod issues on the query string become one entry per parameter, in the client's language. */
export function queryProblem(
  c: Context,
  issues: readonly { path: readonly PropertyKey[]; code: string; message: string; keys?: readonly string[] }[],
) {
  const lang = apiLanguage(c);
  const errors: ParamError[] = issues.flatMap((issue) => {
    if (issue.code === "unrecognized_keys" && issue.keys) {
      return issue.keys.map((param) => ({ param, message: lang === "en" ? "Unknown parameter." : "Onbekende parameter." }));
    }
    const param = String(issue.path[0] ?? "");
    return [{ param, message: lang === "en" ? `Invalid value: ${issue.message}` : `Ongeldige waarde: ${issue.message}` }];
  });
  const names = [...new Set(errors.map((e) => e.param))].join(", ");
  const detail = lang === "en" ? `Check the parameter(s): ${names}.` : `Controleer de parameter(s): ${names}.`;
  return problem(c, new AppError("invalid_input", detail), errors);
}
