import "server-only";
import { z } from "zod";
import { createDocument, type ZodOpenApiOperationObject, type ZodOpenApiPathsObject } from "zod-openapi";
import { API_SCOPES } from "@/lib/api-scopes";
import { API_KEY_RATE } from "@/server/api-keys/rate-limit";
import { REST_MAX_BODY_BYTES } from "./handle";
import { IDEMPOTENCY_KEY_PATTERN } from "./idempotency";
import { bodySchema, type RestOperation } from "./operation";
import { REST_OPERATIONS } from "./operations";
import { problemSchema } from "./schemas";

// The OpenAPI 3.1 document of the REST API, made from the operations' own zod schemas
// (server/rest/operations.ts) by zod-openapi, and served at /api/openapi.json.

const PROBLEM_TEXT: Record<number, string> = {
  400: "The request is not valid (validation_failed, invalid_json).",
  401: "No API key, an unknown one, or a revoked one.",
  403: "The key lacks the scope this operation needs.",
  404: "Nothing with this id that this key may reach.",
  409: "A conflict: a stale version, a clash with another record, or the same Idempotency-Key still running.",
  413: `The body is larger than ${REST_MAX_BODY_BYTES / 1024} kB.`,
  415: "The body was not sent as application/json.",
  422: "This Idempotency-Key was used with another request.",
  429: `More than ${API_KEY_RATE.perMinute} requests a minute for this key.`,
  500: "Something failed on our side; retry (with the same Idempotency-Key).",
};

/** The problem statuses an operation may answer with: its own, and the ones of every operation like it. */
export function problemStatuses(op: RestOperation<unknown, unknown, unknown>): number[] {
  const all = new Set([401, 403, 429, 500, ...(op.problems ?? [])]);
  if (op.query) all.add(400);
  if (op.body) [400, 413, 415, 409, 422].forEach((s) => all.add(s));
  return [...all].sort((a, b) => a - b);
}

const retryAfter = z.string().meta({ description: "Seconds to wait before trying again." });

function responses(op: RestOperation<unknown, unknown, unknown>): ZodOpenApiOperationObject["responses"] {
  const out: Record<string, unknown> = {};
  for (const [status, r] of Object.entries(op.responses))
    out[status] = { description: r.description, content: { "application/json": { schema: r.schema } } };
  for (const status of problemStatuses(op)) {
    out[String(status)] = {
      description: PROBLEM_TEXT[status],
      content: { "application/problem+json": { schema: problemSchema } },
      ...(status === 429 ? { headers: z.object({ "Retry-After": retryAfter }) } : {}),
    };
  }
  return out as ZodOpenApiOperationObject["responses"];
}

function operation(op: RestOperation<unknown, unknown, unknown>, now: Date): ZodOpenApiOperationObject {
  const body = bodySchema(op, now);
  const header =
    op.method === "GET"
      ? undefined
      : z.object({
          "Idempotency-Key": z
            .string()
            .regex(IDEMPOTENCY_KEY_PATTERN)
            .optional()
            .meta({ description: "Makes a retry safe: the first answer is kept 24 hours and sent again." }),
        });
  return {
    operationId: op.operationId,
    summary: op.summary,
    description: [op.description, `Scope: \`${op.scope.resource}:${op.scope.access}\`.`].filter(Boolean).join("\n\n"),
    tags: [op.tag],
    security: [{ bearerAuth: [`${op.scope.resource}:${op.scope.access}`] }],
    requestParams: {
      ...(op.params ? { path: op.params as z.ZodObject } : {}),
      ...(op.query ? { query: op.query as z.ZodObject } : {}),
      ...(header ? { header } : {}),
    },
    ...(body ? { requestBody: { required: true, content: { "application/json": { schema: body } } } } : {}),
    responses: responses(op),
  };
}

let cached: ReturnType<typeof createDocument> | undefined;

export function openApiDocument(): ReturnType<typeof createDocument> {
  if (cached) return cached;
  const now = new Date();
  const paths: ZodOpenApiPathsObject = {};
  for (const op of REST_OPERATIONS) {
    paths[op.path] = { ...paths[op.path], [op.method.toLowerCase()]: operation(op, now) };
  }
  cached = createDocument({
    openapi: "3.1.0",
    info: {
      title: "Reise REST API",
      version: "1.0.0",
      description:
        "Customers, leads, orders and touchpoints for the systems around Reise (a DMS, an ERP, a website). See /docs/api and docs/integrations.md.",
    },
    security: [{ bearerAuth: [] }],
    tags: [{ name: "Customers" }, { name: "Leads" }, { name: "Orders" }, { name: "Touchpoints" }],
    paths,
    components: {
      securitySchemes: {
        bearerAuth: {
          type: "http",
          scheme: "bearer",
          description: `An API key from Settings → API keys: 'Authorization: Bearer rk_live_…'. Scopes: ${API_SCOPES.join(", ")}.`,
        },
      },
    },
  });
  return cached;
}
