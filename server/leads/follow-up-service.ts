import "server-only";
import { scheduleFollowUpDue } from "@/server/notifications/follow-up-jobs";
import type { Prisma, PrismaClient } from "@/generated/prisma/client";
import { answersTheCustomer, firstResponseMinutes, isInboundBuyingSignal } from "@/lib/sla";
import type { FollowUpInput } from "@/lib/validation/follow-up";
import type { AppSession } from "@/server/auth/session";
import { recordAudit } from "@/server/audit";
import { getSlaConfigForTeam } from "@/server/teams/calendar";
import { leadWhere, mayClaimLeads } from "@/server/access/lead";
import { orderWhere } from "@/server/access/order";
import { isActiveLostReason } from "@/server/lost-reasons/queries";
import { emitLeadStageEvents, emitWebhookEvent } from "@/server/webhooks/emit";

// Logging a follow-up: the core of logFollowUpAction, as a plain function of
// (db, session, input, now) so tests can call it without a request.

export type LogFollowUpResult =
  | { ok: true; followUpId: string; leadVersion: number; replayed: boolean }
  /** not_found also covers "not yours": a rep learns nothing about leads outside their scope. */
  | { ok: false; reason: "not_found" | "conflict" | "key_reused" | "lost_reason_invalid" };

const CHANNEL = { CALL: "PHONE", EMAIL: "EMAIL", CHAT: "CHAT", MEETING: "STORE", SMS: "SMS" } as const;
const KIND = { CALL: "CALL", EMAIL: "EMAIL", CHAT: "CHAT_MESSAGE", MEETING: "MEETING", SMS: "SMS" } as const;
// The stored summary is for exports and other readers; the timeline shows the
// follow-up's own type and outcome in the reader's language.
const OUTCOME_TEXT = {
  REACHED: "reached",
  NO_ANSWER: "no answer",
  LEFT_MESSAGE: "left a message",
  MEETING_BOOKED: "meeting booked",
  PROPOSAL_SENT: "proposal sent",
  NOT_INTERESTED: "not interested",
  CALL_BACK_LATER: "call back later",
} as const;
const TYPE_TEXT = { CALL: "Call", EMAIL: "Email", CHAT: "Chat", MEETING: "Meeting", SMS: "SMS" } as const;
const CLOSED = new Set(["WON", "LOST"]);

type Tx = Prisma.TransactionClient;

export async function logFollowUp(
  db: PrismaClient,
  session: AppSession,
  input: FollowUpInput,
  now: Date,
  /** An answer to a customer's question about an order is filed on that order too (server/orders/reply-service.ts). */
  link: { orderId?: string } = {},
): Promise<LogFollowUpResult> {
  if (session.role !== "SALES" && session.role !== "MANAGER") return { ok: false, reason: "not_found" };
  return db.$transaction(async (tx) => {
    const earlier = await replayOf(tx, session, input);
    if (earlier) return earlier;

    const lead = await tx.lead.findFirst({
      where: { AND: [{ id: input.leadId }, leadWhere(session)] },
      select: {
        id: true,
        customerId: true,
        ownerId: true,
        stage: true,
        version: true,
        waitingSince: true,
        createdAt: true,
        firstResponseAt: true,
        customer: { select: { journeyStage: true, teamId: true } },
      },
    });
    if (!lead) return { ok: false, reason: "not_found" };
    // An answer filed on an order: the order must be this lead's customer's, and one the reader may reach.
    if (
      link.orderId &&
      !(await tx.order.findFirst({
        where: { AND: [{ id: link.orderId, customerId: lead.customerId }, orderWhere(session)] },
        select: { id: true },
      }))
    ) {
      return { ok: false, reason: "not_found" };
    }

    // A rep who logs on an unassigned lead takes it: whoever talked to the customer owns the follow-up.
    const claims = mayClaimLeads(session) && lead.ownerId === null;
    const stage = input.stage ?? lead.stage;
    const stageChanged = stage !== lead.stage;
    const closed = CLOSED.has(stage);
    const answered = answersTheCustomer(input.type, input.outcome);
    const reasonId = stageChanged && stage === "LOST" ? (input.lostReasonId ?? null) : null;
    if (reasonId && !(await isActiveLostReason(tx, reasonId))) return { ok: false, reason: "lost_reason_invalid" };

    const updated = await tx.lead.updateMany({
      where: { id: lead.id, version: input.version },
      data: {
        version: { increment: 1 },
        lastActivityAt: now,
        // Contact that reached the customer answers whoever was waiting: the response clock stops.
        // An unanswered call leaves it running (lib/sla.ts, answersTheCustomer), unless it closes the lead.
        ...(answered || closed ? { waitingSince: null, slaDueAt: null } : {}),
        nextFollowUpAt: closed ? null : input.nextFollowUpAt,
        ...(claims ? { ownerId: session.userId } : {}),
        ...(stageChanged
          ? {
              stage,
              stageChangedAt: now,
              closedAt: closed ? now : null,
              lostReason: stage === "LOST" ? input.lostReason : null,
              lostReasonId: reasonId,
            }
          : {}),
        ...(answered && lead.firstResponseAt === null ? await firstResponse(tx, lead, now) : {}),
      },
    });
    if (updated.count === 0) {
      // A double submit that lost the race to its twin sees the twin's row now.
      return (await replayOf(tx, session, input)) ?? { ok: false, reason: "conflict" };
    }

    const touchpoint = await tx.touchpoint.create({
      data: {
        customerId: lead.customerId,
        leadId: lead.id,
        orderId: link.orderId ?? null,
        actorId: session.userId,
        occurredAt: now,
        channel: CHANNEL[input.type],
        kind: KIND[input.type],
        direction: "OUTBOUND",
        // After a win the relationship is in its after-purchase phase; the call that wins it is part of the purchase.
        phase: lead.stage === "WON" ? "AFTER" : stage === "WON" ? "DURING" : "BEFORE",
        owner: "BRAND",
        stage: lead.customer.journeyStage,
        summary: `${TYPE_TEXT[input.type]}: ${OUTCOME_TEXT[input.outcome]}${input.note ? ` — ${input.note}` : ""}`,
      },
      select: { id: true },
    });
    await emitWebhookEvent(tx, { type: "touchpoint.created", data: { touchpointId: touchpoint.id }, occurredAt: now });
    const followUp = await tx.followUp.create({
      data: {
        leadId: lead.id,
        authorId: session.userId,
        touchpointId: touchpoint.id,
        type: input.type,
        outcome: input.outcome,
        note: input.note,
        nextFollowUpAt: closed ? null : input.nextFollowUpAt,
        idempotencyKey: input.idempotencyKey,
      },
      select: { id: true },
    });
    await tx.customer.update({ where: { id: lead.customerId }, data: { lastActivityAt: now }, select: { id: true } });
    if (!closed) await scheduleFollowUpDue(tx, lead.id, input.nextFollowUpAt);
    if (claims) {
      await recordAudit(tx, {
        actorId: session.userId,
        action: "lead.claimed",
        entityType: "Lead",
        entityId: lead.id,
        data: { from: null, to: session.userId, via: "follow_up" },
      });
      await emitWebhookEvent(tx, {
        type: "lead.assigned",
        data: { leadId: lead.id, from: null, to: session.userId, via: "follow_up" },
        occurredAt: now,
      });
    }
    if (stageChanged) {
      await recordAudit(tx, {
        actorId: session.userId,
        action: "lead.stage_changed",
        entityType: "Lead",
        entityId: lead.id,
        data: {
          from: lead.stage,
          to: stage,
          ...(stage === "LOST" && input.lostReason ? { lostReason: input.lostReason } : {}),
          ...(reasonId ? { lostReasonId: reasonId } : {}),
        },
      });
      await emitLeadStageEvents(tx, { leadId: lead.id, from: lead.stage, to: stage, occurredAt: now });
    }
    return { ok: true, followUpId: followUp.id, leadVersion: input.version + 1, replayed: false };
  });
}

/** The same form sent twice carries the same key: answer with the row the first one made. */
async function replayOf(tx: Tx, session: AppSession, input: FollowUpInput): Promise<LogFollowUpResult | null> {
  const existing = await tx.followUp.findUnique({
    where: { idempotencyKey: input.idempotencyKey },
    select: { id: true, leadId: true, authorId: true, lead: { select: { version: true } } },
  });
  if (!existing) return null;
  // A key is one person's one form; anything else is a replayed or forged request.
  if (existing.leadId !== input.leadId || existing.authorId !== session.userId)
    return { ok: false, reason: "key_reused" };
  return { ok: true, followUpId: existing.id, leadVersion: existing.lead.version, replayed: true };
}

/**
 * First response counts only outbound human contact, in business minutes from the first
 * inbound buying signal (falling back to when the clock started, or the lead was created).
 */
export async function firstResponse(
  tx: Tx,
  lead: { id: string; waitingSince: Date | null; createdAt: Date; customer: { teamId: string | null } },
  now: Date,
) {
  const inbound = await tx.touchpoint.findMany({
    where: { leadId: lead.id, direction: "INBOUND", occurredAt: { lte: now } },
    orderBy: { occurredAt: "asc" },
    select: { kind: true, occurredAt: true },
    take: 50,
  });
  const signalAt =
    inbound.find((t) => isInboundBuyingSignal(t.kind))?.occurredAt ?? lead.waitingSince ?? lead.createdAt;
  // Counted in the business hours in force now, read in this transaction: the calendar of the
  // team that owns the lead, the customer's (server/teams/calendar.ts).
  const minutes = firstResponseMinutes(signalAt, now, await getSlaConfigForTeam(tx, lead.customer.teamId));
  return { firstResponseAt: now, firstResponseMinutes: Math.max(0, Math.round(minutes)) };
}
