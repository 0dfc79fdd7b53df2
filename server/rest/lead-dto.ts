import "server-only";
import { z } from "zod";
import type { Prisma, PrismaClient } from "@/generated/prisma/client";
import { Channel, LeadStage, ProductCategory, Readiness } from "@/generated/prisma/enums";
import { LOST_REASON_MAX } from "@/lib/validation/follow-up-options";
import { multiLine } from "@/lib/validation/plain-text";
import type { AppSession } from "@/server/auth/session";
import { leadWhere } from "@/server/access/lead";
import { notFound, type RestAnswer } from "./operation";
import { idSchema, instantOut, iso, isoOrNull } from "./schemas";

// A lead as the REST API gives it, and what its lead operations share (server/rest/leads.ts,
// server/rest/lead-follow-ups.ts).

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

export const LEAD_SELECT = {
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
export type LeadRow = Prisma.LeadGetPayload<{ select: typeof LEAD_SELECT }>;

const at = (v: Date | string | null) => (v === null ? null : new Date(v));
export const leadDto = (r: LeadRow) => ({
  ...r,
  waitingSince: isoOrNull(at(r.waitingSince)),
  slaDueAt: isoOrNull(at(r.slaDueAt)),
  firstResponseAt: isoOrNull(at(r.firstResponseAt)),
  nextFollowUpAt: isoOrNull(at(r.nextFollowUpAt)),
  createdAt: iso(new Date(r.createdAt)),
  updatedAt: iso(new Date(r.updatedAt)),
});

export async function readLead(db: PrismaClient, session: AppSession, id: string): Promise<RestAnswer> {
  const row = await db.lead.findFirst({ where: { AND: [{ id }, leadWhere(session)] }, select: LEAD_SELECT });
  return row ? { status: 200, body: leadDto(row) } : notFound("lead");
}

export const leadParams = z.object({ leadId: idSchema });
export const lostReason = z
  .string()
  .max(LOST_REASON_MAX * 2)
  .transform(multiLine)
  .pipe(z.string().min(1).max(LOST_REASON_MAX));
export const needsReason = (b: { stage?: LeadStage | null; lostReason?: string | null }) =>
  b.stage !== "LOST" || !!b.lostReason;
export const REASON_ISSUE = { message: "required when the stage is LOST", path: ["lostReason"] };
