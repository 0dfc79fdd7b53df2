import "server-only";
import type { z } from "zod";

// Every REST error in one shape, RFC 9457 problem details, served as application/problem+json:
// `type` names the kind of problem (a link to its explanation on /docs/api), `title` says it for
// people, `status` repeats the HTTP status, `detail` explains this occurrence, and `errors` lists
// the fields that were wrong (a zod issue each: where, and what).

export const PROBLEM_TYPES = {
  unauthorized: "Authentication required",
  forbidden: "Not allowed for this API key",
  not_found: "Not found",
  validation_failed: "The request is not valid",
  invalid_json: "The body is not JSON",
  unsupported_media_type: "Send JSON",
  payload_too_large: "The body is too large",
  conflict: "Conflict",
  idempotency_key_reused: "Idempotency-Key used for another request",
  idempotency_in_progress: "The first request with this Idempotency-Key is still running",
  rate_limited: "Too many requests",
  internal_error: "Something went wrong on our side",
} as const;

export type ProblemType = keyof typeof PROBLEM_TYPES;
export type ProblemError = { path: string; message: string };
export type Problem = {
  type: string;
  title: string;
  status: number;
  detail?: string;
  errors?: ProblemError[];
};

export const problemTypeUri = (type: ProblemType) => `/docs/api#problem-${type}`;

export function problem(
  status: number,
  type: ProblemType,
  detail?: string,
  extra: { errors?: ProblemError[]; headers?: HeadersInit } = {},
): Response {
  const body: Problem = {
    type: problemTypeUri(type),
    title: PROBLEM_TYPES[type],
    status,
    ...(detail ? { detail } : {}),
    ...(extra.errors ? { errors: extra.errors } : {}),
  };
  return new Response(JSON.stringify(body), {
    status,
    headers: { "Content-Type": "application/problem+json", "Cache-Control": "no-store", ...extra.headers },
  });
}

/** A zod error's issues as problem errors: the path in dot notation ("" for the whole body). */
export function zodErrors(error: z.ZodError): ProblemError[] {
  return error.issues.slice(0, 50).map((issue) => ({ path: issue.path.join("."), message: issue.message }));
}

export function validationProblem(error: z.ZodError, where: string): Response {
  return problem(400, "validation_failed", `Some ${where} are missing or wrong; see errors.`, {
    errors: zodErrors(error),
  });
}
