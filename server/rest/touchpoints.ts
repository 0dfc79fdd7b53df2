import "server-only";
import { z } from "zod";
import { Prisma } from "@/generated/prisma/client";
import { Channel, Direction, JourneyStage, Phase, TouchpointKind } from "@/generated/prisma/enums";
import { touchpointIngestSchema } from "@/lib/validation/touchpoint-ingest";
import { authorizeCustomer } from "@/server/access/customer-access";
import { keyCol } from "@/server/lists/keyset";
import { ingestTouchpoint } from "@/server/touchpoints/ingest";
import { restListPage } from "./list";
import { defineOperation, notFound } from "./operation";
import { idSchema, instantOut, iso, pageOf, pageQuery } from "./schemas";

// Touchpoints: a customer's timeline, and new signals. A signal sent here is the same as one sent to
// POST /api/touchpoints (docs/ingest-api.md) — the same body, the same one transaction: customer,
// timeline, lead, response clock, routing — with the REST API's errors and Idempotency-Key.

export const touchpointSchema = z
  .object({
    id: z.uuid(),
    customerId: z.uuid(),
    leadId: z.uuid().nullable(),
    orderId: z.uuid().nullable(),
    occurredAt: instantOut,
    channel: z.enum(Channel),
    direction: z.enum(Direction),
    kind: z.enum(TouchpointKind),
    phase: z.enum(Phase),
    stage: z.enum(JourneyStage),
    topic: z.string().nullable(),
    summary: z.string(),
    createdAt: instantOut,
  })
  .meta({ id: "Touchpoint" });

type Row = Omit<z.infer<typeof touchpointSchema>, "occurredAt" | "createdAt"> & { occurredAt: Date; createdAt: Date };

const TIMELINE = [keyCol("occurredAt", "desc", "ts"), keyCol("id", "desc", "uuid")];

export const listTouchpoints = defineOperation({
  method: "GET",
  path: "/api/v1/customers/{customerId}/touchpoints",
  operationId: "listCustomerTouchpoints",
  summary: "A customer's timeline",
  description: "Newest first by when it happened.",
  tag: "Touchpoints",
  scope: { resource: "touchpoints", access: "read" },
  params: z.object({ customerId: idSchema }),
  query: pageQuery,
  responses: { 200: { description: "A page of touchpoints.", schema: pageOf(touchpointSchema, "TouchpointPage") } },
  problems: [404],
  run: async ({ db, session, params, query }) => {
    if (!(await authorizeCustomer(db, session, params.customerId))) return notFound("customer");
    return restListPage<Row>(db, {
      tag: "api-touchpoints",
      alias: "t",
      keys: TIMELINE,
      select: Prisma.sql`SELECT t.id, t."customerId", t."leadId", t."orderId", t."occurredAt", t.channel::text AS channel,
        t.direction::text AS direction, t.kind::text AS kind, t.phase::text AS phase, t.stage::text AS stage, t.topic,
        t.summary, t."createdAt" FROM "Touchpoint" t`,
      where: Prisma.sql`t."customerId" = ${params.customerId}::uuid`,
      limit: query.limit,
      cursor: query.cursor,
      toRow: (r) => ({ ...r, occurredAt: iso(new Date(r.occurredAt)), createdAt: iso(new Date(r.createdAt)) }),
    });
  },
});

const ingestedSchema = z
  .object({
    touchpointId: z.uuid(),
    customerId: z.uuid(),
    leadId: z.uuid().nullable(),
    created: z.object({ customer: z.boolean(), lead: z.boolean() }),
  })
  .meta({ id: "SignalRecorded" });

export const createTouchpoint = defineOperation({
  method: "POST",
  path: "/api/v1/touchpoints",
  operationId: "recordSignal",
  summary: "Record a signal",
  description:
    "The body of the ingest API (docs/ingest-api.md). 201: recorded. 200: the same `externalId` again from this key; nothing new was recorded.",
  tag: "Touchpoints",
  scope: { resource: "touchpoints", access: "write" },
  body: (now: Date) => touchpointIngestSchema(now).meta({ id: "SignalCreate" }),
  responses: {
    201: { description: "Recorded.", schema: ingestedSchema },
    200: { description: "Already recorded with this externalId.", schema: ingestedSchema },
  },
  run: async ({ db, key, body, now }) => {
    const result = await ingestTouchpoint(db, key, body, now);
    if (result.status === "unauthorized")
      return { problem: { status: 401, type: "unauthorized", detail: "This API key was revoked." } };
    if (result.status === "invalid")
      return {
        problem: {
          status: 400,
          type: "validation_failed",
          detail: "Some fields are missing or wrong; see errors.",
          errors: result.issues,
        },
      };
    const { status, ...outcome } = result;
    return { status: status === "created" ? 201 : 200, body: outcome };
  },
});
