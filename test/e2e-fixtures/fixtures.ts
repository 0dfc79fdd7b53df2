import "server-only";
import crypto from "node:crypto";
import { z } from "zod";
import { getDb } from "@/server/db";
import { addPurchaseHistory } from "./customer-history-fixture";
import { CHANNELS } from "@/lib/channels";
import { OPEN_STAGES } from "@/lib/lead-stages";

// Test data for the end-to-end suite, created through the running server
// (the embedded database belongs to the server process alone). Served by
// app/api/e2e/fixtures/route.e2e.ts, which only test builds compile.

export const leadFixtureSchema = z.object({
  kind: z.literal("lead"),
  /** Owner's email; null or absent leaves the lead unassigned. */
  ownerEmail: z.string().max(254).pipe(z.email()).nullish(),
  channel: z.enum(CHANNELS).default("CHAT"),
  /** How long the customer has been waiting on us; 0 with answered=true for a lead nobody waits on. */
  waitingMinutes: z
    .number()
    .int()
    .min(0)
    .max(60 * 24 * 365)
    .default(60),
  slaMinutes: z
    .number()
    .int()
    .min(1)
    .max(60 * 24 * 7)
    .default(15),
  answered: z.boolean().default(false),
  readiness: z.enum(["HOT", "WARM", "SLOW"]).default("HOT"),
  score: z.number().int().min(0).max(100).default(70),
  stage: z.enum(OPEN_STAGES).default("NEW"),
  interest: z.string().max(200).default("Elektrisk SUV — hvor fort kan dere levere?"),
  customerName: z.string().max(120).optional(),
  /** Also an order in production, a purchase touchpoint, 500 points and a marketing consent. */
  withPurchase: z.boolean().default(false),
  /** A planned follow-up this many minutes from now (negative: overdue); absent: none. */
  nextFollowUpMinutes: z
    .number()
    .int()
    .min(-60 * 24 * 30)
    .max(60 * 24 * 30)
    .optional(),
});
export type LeadFixture = z.infer<typeof leadFixtureSchema>;

export async function createLeadFixture(input: LeadFixture) {
  const db = await getDb();
  const now = Date.now();
  const tag = crypto.randomUUID().slice(0, 8);
  const customerName = input.customerName ?? `E2E Kunde ${tag}`;
  // Unique enough that an SMS reply from this number finds this customer and no other test's.
  const customerPhone = `+4790${String(crypto.randomInt(0, 1_000_000)).padStart(6, "0")}`;
  const waitingSince = new Date(now - input.waitingMinutes * 60_000);
  const owner = input.ownerEmail
    ? await db.user.findUniqueOrThrow({ where: { email: input.ownerEmail }, select: { id: true, teamId: true } })
    : null;
  return db.$transaction(async (tx) => {
    const customer = await tx.customer.create({
      data: {
        name: customerName,
        email: `e2e-${tag}@eksempel.no`,
        phone: customerPhone,
        city: "Oslo",
        ownerId: owner?.id,
        teamId: owner?.teamId,
        journeyStage: "RESEARCH",
        lastActivityAt: waitingSince,
      },
      select: { id: true },
    });
    const lead = await tx.lead.create({
      data: {
        customerId: customer.id,
        ownerId: owner?.id,
        interest: input.interest,
        category: "CAR",
        sourceChannel: input.channel,
        stage: input.stage,
        score: input.score,
        readiness: input.readiness,
        // The score the test asked for stands: the background rescore leaves a lead scored within the hour.
        scoredAt: new Date(now),
        waitingSince: input.answered ? null : waitingSince,
        slaDueAt: input.answered ? null : new Date(waitingSince.getTime() + input.slaMinutes * 60_000),
        firstResponseAt: input.answered ? waitingSince : null,
        nextFollowUpAt:
          input.nextFollowUpMinutes === undefined ? null : new Date(now + input.nextFollowUpMinutes * 60_000),
        lastActivityAt: waitingSince,
        createdAt: waitingSince,
      },
      select: { id: true },
    });
    await tx.touchpoint.create({
      data: {
        customerId: customer.id,
        leadId: lead.id,
        occurredAt: waitingSince,
        channel: input.channel,
        direction: "INBOUND",
        phase: "BEFORE",
        owner: "CUSTOMER",
        kind:
          input.channel === "CHAT"
            ? "CHAT_MESSAGE"
            : input.channel === "PHONE"
              ? "CALLBACK_REQUEST"
              : "FORM_SUBMISSION",
        stage: "RESEARCH",
        topic: "delivery_time",
        summary: "Hvor fort kan dere levere? Ring meg gjerne.",
      },
    });
    if (input.withPurchase) await addPurchaseHistory(tx, customer.id, lead.id, new Date(now - 60_000));
    return {
      leadId: lead.id,
      customerId: customer.id,
      customerName,
      customerEmail: `e2e-${tag}@eksempel.no`,
      customerPhone,
    };
  });
}
