import "server-only";
import crypto from "node:crypto";
import { z } from "zod";
import { FollowUpOutcome, FollowUpType, LeadStage } from "@/generated/prisma/enums";
import { NEXT_FOLLOW_UP_MAX_DAYS, NOTE_MAX } from "@/lib/validation/follow-up-options";
import { multiLine } from "@/lib/validation/plain-text";
import { leadWhere } from "@/server/access/lead";
import { logFollowUp } from "@/server/leads/follow-up-service";
import { leadParams, leadSchema, lostReason, needsReason, readLead, REASON_ISSUE } from "./lead-dto";
import { conflict, defineOperation, notFound } from "./operation";
import { instant } from "./schemas";

// POST /api/v1/leads/{leadId}/follow-ups: a contact with the customer, logged through the app's own
// follow-up service under the lead rule (a key never takes the lead: mayClaimLeads).

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
