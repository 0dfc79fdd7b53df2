import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { runDueAt } from "@/lib/automations/match";
import { enqueue } from "@/server/jobs/enqueue";
import type { ActiveRule } from "./rules";
import { automationRunJob } from "./run-job";

// Plans one run of a rule for one customer, in the transaction that saw its trigger: the run row
// (once per rule, customer and occurrence: the unique key makes a second sighting a no-op) and its
// job at the rule's delay. The conditions are not checked here but when the run is due.

export type Occurrence = {
  customerId: string;
  leadId: string | null;
  /** What happened, once: "tp:<touchpoint>", "delivered:<order>", "idle:<lead>:<since>" … */
  occurrence: string;
  touchpointId: string | null;
  triggeredAt: Date;
};

export async function startRun(
  tx: Prisma.TransactionClient,
  rule: ActiveRule,
  occurrence: Occurrence,
  now: Date,
): Promise<{ runId: string } | null> {
  const dueAt = runDueAt(rule.trigger, occurrence.triggeredAt);
  const [run] = await tx.automationRun.createManyAndReturn({
    data: [
      {
        ruleId: rule.id,
        customerId: occurrence.customerId,
        leadId: occurrence.leadId,
        occurrence: occurrence.occurrence,
        touchpointId: occurrence.touchpointId,
        triggeredAt: occurrence.triggeredAt,
        dueAt,
        createdAt: now,
      },
    ],
    skipDuplicates: true,
    select: { id: true },
  });
  if (!run) return null;
  await enqueue(tx, automationRunJob, { payload: { runId: run.id }, key: run.id, runAt: dueAt });
  return { runId: run.id };
}

/** A customer already waiting on a run of this rule gets no second one (two carts in an hour: one reminder). */
export async function hasWaitingRun(tx: Prisma.TransactionClient, ruleId: string, customerId: string) {
  const waiting = await tx.automationRun.findFirst({
    where: { customerId, state: "WAITING", ruleId },
    select: { id: true },
  });
  return waiting !== null;
}
