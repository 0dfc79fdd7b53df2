import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { OrderMilestone, Readiness, TouchpointKind } from "@/generated/prisma/enums";
import { milestoneStarts, scoreRiseStarts, signalStarts } from "@/lib/automations/match";
import { enabledRules } from "./rules";
import { hasWaitingRun, startRun } from "./start-run";

// Where events reach the automations, inside the transaction that writes them: an inbound signal
// (the ingest API, after server/notifications/signal-hooks.ts), and an order moving on
// (server/orders/change-service.ts). Time-based triggers come from the sweep (./sweep.ts).

export type SignalForAutomations = {
  customerId: string;
  leadId: string | null;
  touchpointId: string;
  kind: TouchpointKind;
  occurredAt: Date;
  scoreChange?: { before: { score: number; readiness: Readiness }; after: { score: number } };
};

export async function afterSignalForAutomations(
  tx: Prisma.TransactionClient,
  signal: SignalForAutomations,
  now: Date,
): Promise<void> {
  // One indexed read per signal, for both kinds of rule a signal can start.
  const rules = await enabledRules(tx, "SIGNAL", "SCORE_RISE");
  for (const rule of rules) {
    if (!signalStarts(rule.trigger, signal.kind)) continue;
    // One pending run per customer: a second cart left before the reminder went out is the same nudge.
    if (await hasWaitingRun(tx, rule.id, signal.customerId)) continue;
    await startRun(
      tx,
      rule,
      {
        customerId: signal.customerId,
        leadId: signal.leadId,
        occurrence: `tp:${signal.touchpointId}`,
        touchpointId: signal.touchpointId,
        triggeredAt: signal.occurredAt,
      },
      now,
    );
  }
  const change = signal.scoreChange;
  if (!change || !signal.leadId) return;
  for (const rule of rules) {
    if (!scoreRiseStarts(rule.trigger, change.before, change.after)) continue;
    const stage = await tx.customer.findUnique({ where: { id: signal.customerId }, select: { journeyStage: true } });
    // Once per journey stage: nurture sends one message for each stage a slow-tracker reaches.
    await startRun(
      tx,
      rule,
      {
        customerId: signal.customerId,
        leadId: signal.leadId,
        occurrence: `stage:${stage?.journeyStage ?? "NEED"}`,
        touchpointId: signal.touchpointId,
        triggeredAt: signal.occurredAt,
      },
      now,
    );
  }
}

export async function afterOrderMilestone(
  tx: Prisma.TransactionClient,
  order: { id: string; customerId: string; leadId: string | null; milestone: OrderMilestone },
  now: Date,
): Promise<void> {
  for (const rule of await enabledRules(tx, "ORDER_MILESTONE")) {
    if (!milestoneStarts(rule.trigger, order.milestone)) continue;
    await startRun(
      tx,
      rule,
      {
        customerId: order.customerId,
        leadId: order.leadId,
        occurrence: `order:${order.id}:${order.milestone}`,
        touchpointId: null,
        triggeredAt: now,
      },
      now,
    );
  }
}
