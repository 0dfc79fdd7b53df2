import "server-only";
import { z } from "zod";
import { Prisma } from "@/generated/prisma/client";
import { LeadStage } from "@/generated/prisma/enums";
import { leadSql } from "@/server/access/lead";
import { moveLeadStage } from "@/server/leads/stage-service";
import {
  leadDto,
  leadParams,
  leadSchema,
  lostReason,
  needsReason,
  readLead,
  REASON_ISSUE,
  type LeadRow,
} from "./lead-dto";
import { restListPage } from "./list";
import { conflict, defineOperation, notFound } from "./operation";
import { pageOf, pageQuery } from "./schemas";

// /api/v1/leads: list, read, move to a stage, log a follow-up. Leads are made by signals
// (POST /api/v1/touchpoints), as in the app, so the response clock and routing always apply.
// Follow-ups and stage moves go through the app's own services, under the lead rule.

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
    restListPage<LeadRow>(db, {
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
      toRow: leadDto,
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
