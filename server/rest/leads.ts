import "server-only";
import crypto from "node:crypto";
import { z } from "zod";
import { Prisma, type PrismaClient } from "@/generated/prisma/client";
import {
  Channel,
  FollowUpOutcome,
  FollowUpType,
  LeadStage,
  ProductCategory,
  Readiness,
} from "@/generated/prisma/enums";
import { LOST_REASON_MAX, NEXT_FOLLOW_UP_MAX_DAYS, NOTE_MAX } from "@/lib/validation/follow-up-options";
import { multiLine } from "@/lib/validation/plain-text";
import type { AppSession } from "@/server/auth/session";
import { leadSql, leadWhere } from "@/server/access/lead";
import { logFollowUp } from "@/server/leads/follow-up-service";
import { moveLeadStage } from "@/server/leads/stage-service";
import { restListPage } from "./list";
import { conflict, defineOperation, notFound, type RestAnswer } from "./operation";
import { idSchema, instant, instantOut, iso, isoOrNull, pageOf, pageQuery } from "./schemas";

// /api/v1/leads: list, read, move to a stage, log a follow-up. Leads are made by signals
// (POST /api/v1/touchpoints), as in the app, so the response clock and routing always apply.
// Follow-ups and stage moves go through the app's own services, under the lead rule.

export const leadSchema = z
  .object({
    id: z.uuid(),
    customerId: z.uuid(),
    ownerId: z.uuid().nullable().meta({ description: "The sales rep who has it; null while unassigned." }),
    teamId: z.uuid().nullable(),
    stage: z.enum(LeadStage),
    lostReason: z.string().nullable(),
    interest: z.string(),
    category: z.enum(ProductCategory),
    sourceChannel: z.enum(Channel),
    score: z.number().int(),
    readiness: z.enum(Readiness),
    valueMinor: z.number().int().meta({ description: "Estimated value in minor units of the customer's currency." }),
    waitingSince: instantOut.nullable().meta({ description: "When the customer started waiting on an answer." }),
    slaDueAt: instantOut.nullable().meta({ description: "When the answer is due (business hours)." }),
    firstResponseAt: instantOut.nullable(),
    nextFollowUpAt: instantOut.nullable(),
    version: z.number().int().meta({ description: "Send it back with a change to refuse a lost update (409)." }),
    createdAt: instantOut,
    updatedAt: instantOut,
  })
  .meta({ id: "Lead" });

const SELECT = {
  id: true,
  customerId: true,
  ownerId: true,
  teamId: true,
  stage: true,
  lostReason: true,
  interest: true,
  category: true,
  sourceChannel: true,
  score: true,
  readiness: true,
  valueMinor: true,
  waitingSince: true,
  slaDueAt: true,
  firstResponseAt: true,
  nextFollowUpAt: true,
  version: true,
  createdAt: true,
  updatedAt: true,
} satisfies Prisma.LeadSelect;
type Row = Prisma.LeadGetPayload<{ select: typeof SELECT }>;

const at = (v: Date | string | null) => (v === null ? null : new Date(v));
const toDto = (r: Row) => ({
  ...r,
  waitingSince: isoOrNull(at(r.waitingSince)),
  slaDueAt: isoOrNull(at(r.slaDueAt)),
  firstResponseAt: isoOrNull(at(r.firstResponseAt)),
  nextFollowUpAt: isoOrNull(at(r.nextFollowUpAt)),
  createdAt: iso(new Date(r.createdAt)),
  updatedAt: iso(new Date(r.updatedAt)),
});

async function readLead(db: PrismaClient, session: AppSession, id: string): Promise<RestAnswer> {
  const row = await db.lead.findFirst({ where: { AND: [{ id }, leadWhere(session)] }, select: SELECT });
  return row ? { status: 200, body: toDto(row) } : notFound("lead");
}

const leadParams = z.object({ leadId: idSchema });
const lostReason = z
  .string()
  .max(LOST_REASON_MAX * 2)
  .transform(multiLine)
  .pipe(z.string().min(1).max(LOST_REASON_MAX));
const needsReason = (b: { stage?: LeadStage | null; lostReason?: string | null }) =>
  b.stage !== "LOST" || !!b.lostReason;
const REASON_ISSUE = { message: "required when the stage is LOST", path: ["lostReason"] };

export const listLeads = defineOperation({
  method: "GET",
  path: "/api/v1/leads",
  operationId: "listLeads",
  summary: "List leads",
  description: "Newest first; open and closed. Narrow by `stage` or `customerId`.",
  tag: "Leads",
  scope: { resource: "leads", access: "read" },
  query: pageQuery.extend({ stage: z.enum(LeadStage).optional(), customerId: z.uuid().optional() }),
  responses: { 200: { description: "A page of leads.", schema: pageOf(leadSchema, "LeadPage") } },
  run: ({ db, session, query }) =>
    restListPage<Row>(db, {
      tag: "api-leads",
      alias: "l",
      select: Prisma.sql`SELECT l.id, l."customerId", l."ownerId", l."teamId", l.stage::text AS stage, l."lostReason",
        l.interest, l.category::text AS category, l."sourceChannel"::text AS "sourceChannel", l.score,
        l.readiness::text AS readiness, l."valueMinor", l."waitingSince", l."slaDueAt", l."firstResponseAt",
        l."nextFollowUpAt", l.version, l."createdAt", l."updatedAt" FROM "Lead" l`,
      where: Prisma.join(
        [
          leadSql(session, "l"),
          ...(query.stage ? [Prisma.sql`l.stage = ${query.stage}::"LeadStage"`] : []),
          ...(query.customerId ? [Prisma.sql`l."customerId" = ${query.customerId}::uuid`] : []),
        ],
        " AND ",
      ),
      limit: query.limit,
      cursor: query.cursor,
      toRow: toDto,
    }),
});

export const getLead = defineOperation({
  method: "GET",
  path: "/api/v1/leads/{leadId}",
  operationId: "getLead",
  summary: "Read a lead",
  tag: "Leads",
  scope: { resource: "leads", access: "read" },
  params: leadParams,
  responses: { 200: { description: "The lead.", schema: leadSchema } },
  problems: [404],
  run: ({ db, session, params }) => readLead(db, session, params.leadId),
});

export const patchLead = defineOperation({
  method: "PATCH",
  path: "/api/v1/leads/{leadId}",
  operationId: "moveLeadStage",
  summary: "Move a lead to another stage",
  description: "WON and LOST close it (LOST needs `lostReason`); nobody is then waiting on an answer.",
  tag: "Leads",
  scope: { resource: "leads", access: "write" },
  params: leadParams,
  body: z
    .object({
      stage: z.enum(LeadStage),
      lostReason: lostReason.nullable().optional(),
      version: z.number().int().min(0).optional(),
    })
    .strict()
    .refine(needsReason, REASON_ISSUE)
    .meta({ id: "LeadStageMove" }),
  responses: { 200: { description: "The lead as it is now.", schema: leadSchema } },
  problems: [404, 409],
  run: async ({ db, session, params, body, now }) => {
    const input = {
      leadId: params.leadId,
      stage: body.stage,
      lostReason: body.lostReason ?? null,
      version: body.version,
    };
    const result = await moveLeadStage(db, session, input, now);
    if (result.ok) return readLead(db, session, params.leadId);
    return result.reason === "conflict"
      ? conflict("The lead changed since this version; read it again.")
      : notFound("lead");
  },
});

const followUpSchema = z.object({ followUpId: z.uuid(), lead: leadSchema }).meta({ id: "FollowUpLogged" });

export const addFollowUp = defineOperation({
  method: "POST",
  path: "/api/v1/leads/{leadId}/follow-ups",
  operationId: "logFollowUp",
  summary: "Log a follow-up on a lead",
  description:
    "A contact with the customer, as a rep logs it: it lands on the timeline, and one that reached the customer stops the response clock. `stage` moves the lead at the same time.",
  tag: "Leads",
  scope: { resource: "leads", access: "write" },
  params: leadParams,
  body: z
    .object({
      type: z.enum(FollowUpType),
      outcome: z.enum(FollowUpOutcome),
      note: z
        .string()
        .max(NOTE_MAX * 2)
        .transform(multiLine)
        .pipe(z.string().max(NOTE_MAX))
        .optional(),
      nextFollowUpAt: instant
        .nullable()
        .optional()
        .meta({ description: `In the future, at most ${NEXT_FOLLOW_UP_MAX_DAYS} days ahead.` }),
      stage: z.enum(LeadStage).nullable().optional(),
      lostReason: lostReason.nullable().optional(),
      version: z.number().int().min(0).optional(),
    })
    .strict()
    .refine(needsReason, REASON_ISSUE)
    .meta({ id: "FollowUpCreate" }),
  responses: { 201: { description: "Logged.", schema: followUpSchema } },
  problems: [404, 409],
  run: async ({ db, session, params, body, now }) => {
    const next = body.nextFollowUpAt ? new Date(body.nextFollowUpAt) : null;
    if (next && (next <= now || next.getTime() > now.getTime() + NEXT_FOLLOW_UP_MAX_DAYS * 86_400_000))
      return {
        problem: {
          status: 400,
          type: "validation_failed",
          detail: "nextFollowUpAt must be in the future, within a year.",
        },
      };
    const current = await db.lead.findFirst({
      where: { AND: [{ id: params.leadId }, leadWhere(session)] },
      select: { version: true },
    });
    if (!current) return notFound("lead");
    const result = await logFollowUp(
      db,
      session,
      {
        leadId: params.leadId,
        version: body.version ?? current.version,
        // Retries are the HTTP layer's Idempotency-Key; each request is one follow-up.
        idempotencyKey: crypto.randomUUID(),
        type: body.type,
        outcome: body.outcome,
        note: body.note ?? "",
        nextFollowUpAt: next,
        stage: body.stage ?? null,
        lostReason: body.stage === "LOST" ? (body.lostReason ?? null) : null,
      },
      now,
    );
    if (!result.ok)
      return result.reason === "not_found"
        ? notFound("lead")
        : conflict("The lead changed since this version; read it again.");
    const lead = await readLead(db, session, params.leadId);
    return "body" in lead ? { status: 201, body: { followUpId: result.followUpId, lead: lead.body } } : lead;
  },
});
