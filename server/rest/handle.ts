import "server-only";
import { hasScope } from "@/lib/api-scopes";
import { authenticateApiKey } from "@/server/api-keys/keys";
import { API_KEY_RATE, takeApiKeyToken } from "@/server/api-keys/rate-limit";
import { getDb } from "@/server/db";
import { isJsonContentType, readBodyWithLimit } from "@/server/touchpoints/http";
import {
  claimIdempotencyKey,
  IDEMPOTENCY_KEY_PATTERN,
  releaseIdempotencyKey,
  requestHash,
  storeIdempotentAnswer,
} from "./idempotency";
import { bodySchema, type RestOperation } from "./operation";
import { apiKeySession } from "./principal";
import { problem, validationProblem } from "./problem";

// The one HTTP pipeline of the REST API. The order spends nothing on a caller we will refuse: key,
// rate, scope, then the input (path, query, media type, size, JSON, fields), then the
// Idempotency-Key, then the operation. Bad input is a problem answer, never a 500.

export const REST_MAX_BODY_BYTES = 64 * 1024;

type RouteContext = { params: Promise<Record<string, string | string[] | undefined>> };

const json = (status: number, body: unknown, headers: HeadersInit = {}) =>
  Response.json(body, { status, headers: { "Cache-Control": "no-store", ...headers } });

/** The stored answer again, as it was first sent (a problem stays a problem). */
function replay(answer: { status: number; body: unknown }): Response {
  const headers = { "Idempotent-Replayed": "true" };
  if (answer.status < 400) return json(answer.status, answer.body, headers);
  return new Response(JSON.stringify(answer.body), {
    status: answer.status,
    headers: { "Content-Type": "application/problem+json", "Cache-Control": "no-store", ...headers },
  });
}

export function handle<P, Q, B>(op: RestOperation<P, Q, B>) {
  return async function route(request: Request, context?: RouteContext): Promise<Response> {
    const now = new Date();
    const db = await getDb();
    const key = await authenticateApiKey(db, request.headers.get("authorization"), now);
    if (!key) {
      return problem(401, "unauthorized", "Send an active API key as 'Authorization: Bearer rk_live_…'.", {
        headers: { "WWW-Authenticate": 'Bearer realm="reise"' },
      });
    }
    const rate = await takeApiKeyToken(db, key.id, now);
    if (!rate.ok) {
      return problem(429, "rate_limited", `At most ${API_KEY_RATE.perMinute} requests a minute per key.`, {
        headers: { "Retry-After": String(rate.retryAfterSeconds) },
      });
    }
    if (!hasScope(key.scopes, op.scope.resource, op.scope.access)) {
      return problem(403, "forbidden", `This API key lacks the ${op.scope.resource}:${op.scope.access} scope.`);
    }

    // A malformed id in the path is an id nothing has: not found, as for ids out of reach.
    const params = op.params ? op.params.safeParse((await context?.params) ?? {}) : null;
    if (params && !params.success) return problem(404, "not_found", "Nothing has this id.");
    const url = new URL(request.url);
    const query = op.query ? op.query.safeParse(Object.fromEntries(url.searchParams)) : null;
    if (query && !query.success) return validationProblem(query.error, "query parameters");

    let text = "";
    let body: B = undefined as B;
    if (op.body) {
      if (!isJsonContentType(request.headers.get("content-type")))
        return problem(415, "unsupported_media_type", "Send the body as JSON with 'Content-Type: application/json'.");
      const read = await readBodyWithLimit(request, REST_MAX_BODY_BYTES);
      if (!read.ok) {
        return read.reason === "too_large"
          ? problem(413, "payload_too_large", `The body may be at most ${REST_MAX_BODY_BYTES / 1024} kB.`)
          : problem(400, "invalid_json", "The body is not valid UTF-8.");
      }
      text = read.text;
      let raw: unknown;
      try {
        raw = JSON.parse(text);
      } catch {
        return problem(400, "invalid_json", "The body is not valid JSON.");
      }
      const parsed = bodySchema(op as RestOperation<unknown, unknown, B>, now)!.safeParse(raw);
      if (!parsed.success) return validationProblem(parsed.error, "fields");
      body = parsed.data;
    }

    const idempotencyKey = op.method === "GET" ? null : request.headers.get("idempotency-key");
    if (idempotencyKey !== null && !IDEMPOTENCY_KEY_PATTERN.test(idempotencyKey))
      return problem(400, "validation_failed", "Idempotency-Key must be 1–200 visible ASCII characters.");
    if (idempotencyKey) {
      const claim = await claimIdempotencyKey(
        db,
        key.id,
        idempotencyKey,
        requestHash(op.method, url.pathname, text),
        now,
      );
      if (claim.kind === "replay") return replay(claim.answer);
      if (claim.kind === "reused")
        return problem(422, "idempotency_key_reused", "This Idempotency-Key was sent with another request.");
      if (claim.kind === "in_progress")
        return problem(409, "idempotency_in_progress", "Retry when the first request has answered.", {
          headers: { "Retry-After": "1" },
        });
    }

    try {
      const ctx = {
        db,
        key,
        session: apiKeySession(key),
        now,
        params: params?.data as P,
        query: query?.data as Q,
        body,
      };
      const answer = await op.run(ctx);
      const status = "problem" in answer ? answer.problem.status : answer.status;
      if ("problem" in answer) {
        const { type, detail, errors } = answer.problem;
        const response = problem(status, type, detail, { errors });
        if (idempotencyKey)
          await storeIdempotentAnswer(db, key.id, idempotencyKey, { status, body: await response.clone().json() });
        return response;
      }
      if (idempotencyKey) await storeIdempotentAnswer(db, key.id, idempotencyKey, answer);
      return json(status, answer.body);
    } catch (error) {
      if (idempotencyKey) await releaseIdempotencyKey(db, key.id, idempotencyKey).catch(() => {});
      console.error(`[rest] ${op.operationId} failed`, error);
      return problem(
        500,
        "internal_error",
        "The request failed; retry it (with the same Idempotency-Key, if you sent one).",
      );
    }
  };
}
