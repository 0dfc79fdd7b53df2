import "server-only";
import type { z } from "zod";
import type { PrismaClient } from "@/generated/prisma/client";
import type { ApiAccess, ApiResource } from "@/lib/api-scopes";
import type { AppSession } from "@/server/auth/session";
import type { ScopedKey } from "@/server/api-keys/keys";
import type { ProblemError, ProblemType } from "./problem";

// One REST operation, declared once: the route serves it (server/rest/handle.ts) and the OpenAPI
// document describes it (server/rest/openapi.ts) from the same zod schemas, so the two cannot drift.

export type RestContext<P, Q, B> = {
  db: PrismaClient;
  key: ScopedKey;
  /** The key as a principal of server/access/ (server/rest/principal.ts). */
  session: AppSession;
  now: Date;
  params: P;
  query: Q;
  body: B;
};

/** A success, or a problem the operation found (not found, conflict…). */
export type RestAnswer =
  | { status: number; body: unknown }
  | { problem: { status: number; type: ProblemType; detail: string; errors?: ProblemError[] } };

export type RestOperation<P = unknown, Q = unknown, B = unknown> = {
  method: "GET" | "POST" | "PATCH";
  /** The OpenAPI path: /api/v1/customers/{customerId}. */
  path: string;
  operationId: string;
  summary: string;
  description?: string;
  tag: string;
  scope: { resource: ApiResource; access: ApiAccess };
  params?: z.ZodType<P>;
  query?: z.ZodType<Q>;
  /** A schema, or one made for the request's instant (a signal's time is checked against now). */
  body?: z.ZodType<B> | ((now: Date) => z.ZodType<B>);
  /** The success statuses with their body schemas (200 for reads, 200/201 for writes). */
  responses: Record<number, { description: string; schema: z.ZodType }>;
  /** The problems this operation itself may answer with, besides the ones every operation has. */
  problems?: number[];
  run(ctx: RestContext<P, Q, B>): Promise<RestAnswer>;
};

export function bodySchema<B>(op: RestOperation<unknown, unknown, B>, now: Date): z.ZodType<B> | undefined {
  return typeof op.body === "function" ? op.body(now) : op.body;
}

export function defineOperation<P, Q, B>(op: RestOperation<P, Q, B>): RestOperation<P, Q, B> {
  return op;
}

export const notFound = (what: string): RestAnswer => ({
  problem: { status: 404, type: "not_found", detail: `No ${what} with this id that this key may reach.` },
});

export const conflict = (detail: string): RestAnswer => ({ problem: { status: 409, type: "conflict", detail } });
