import "server-only";
import { z } from "zod";
import type { PrismaClient } from "@/generated/prisma/client";
import { daysAgoWindow } from "@/lib/automations/match";
import { defineJob } from "@/server/jobs/define";
import { openStageSql } from "@/server/leads/open-stage-sql";
import { enabledRules, type ActiveRule } from "./rules";
import { startRun } from "./start-run";

// The time-based triggers, from one recurring job: orders delivered N days ago, and open leads idle
// for N days. Each reads a bounded window by an index (Order.deliveredAt, Lead_open_activity_idx),
// at most BATCH rows a rule per sweep; what is left over is found by the next sweep, since the
// window looks back a few days and a run's unique key makes every sighting after the first a no-op.

const EVERY_MS = 15 * 60_000;
const BATCH = 500;
const DAY_MS = 86_400_000;

export const automationSweepJob = defineJob({
  kind: "automation.sweep",
  payload: z.object({}),
  everyMs: EVERY_MS,
  run: async (_payload, { prisma, now }) => {
    await sweepAutomations(prisma, now);
  },
});

/** Plans the runs the time triggers see now; returns how many were new. */
export async function sweepAutomations(db: PrismaClient, now: Date): Promise<number> {
  const rules = await enabledRules(db, "AFTER_DELIVERY", "LEAD_IDLE");
  let started = 0;
  for (const rule of rules) started += await sweepRule(db, rule, now);
  return started;
}

async function sweepRule(db: PrismaClient, rule: ActiveRule, now: Date): Promise<number> {
  const trigger = rule.trigger;
  if (trigger.trigger === "AFTER_DELIVERY") {
    const days = trigger.params.days;
    const { from, to } = daysAgoWindow(now, days);
    const orders = await db.order.findMany({
      where: { deliveredAt: { gt: from, lte: to }, milestone: "DELIVERED", customer: { erasedAt: null } },
      select: { id: true, customerId: true, leadId: true, deliveredAt: true },
      orderBy: { deliveredAt: "asc" },
      take: BATCH,
    });
    return startAll(
      db,
      rule,
      now,
      orders.map((o) => ({
        customerId: o.customerId,
        leadId: o.leadId,
        occurrence: `delivered:${o.id}`,
        touchpointId: null,
        // Counted from the moment it became due, so the rule's own delay adds to "N days after".
        triggeredAt: new Date(o.deliveredAt!.getTime() + days * DAY_MS),
      })),
    );
  }
  if (trigger.trigger === "LEAD_IDLE") {
    const days = trigger.params.days;
    const { from, to } = daysAgoWindow(now, days);
    // Open leads by the partial Lead_open_activity_idx: the open stages as literals (open-stage-sql.ts).
    const leads = await db.$queryRaw<{ id: string; customerId: string; lastActivityAt: Date }[]>`
      SELECT l.id, l."customerId", l."lastActivityAt" FROM "Lead" l
        JOIN "Customer" c ON c.id = l."customerId"
       WHERE ${openStageSql("l")} AND c."erasedAt" IS NULL
         AND l."lastActivityAt" > ${from}::timestamptz AND l."lastActivityAt" <= ${to}::timestamptz
       ORDER BY l."lastActivityAt" DESC, l.id DESC
       LIMIT ${BATCH}`;
    return startAll(
      db,
      rule,
      now,
      leads.map((l) => ({
        customerId: l.customerId,
        leadId: l.id,
        // Idle since this moment: a lead that wakes and falls idle again is a new occurrence.
        occurrence: `idle:${l.id}:${l.lastActivityAt.toISOString()}`,
        touchpointId: null,
        triggeredAt: new Date(l.lastActivityAt.getTime() + days * DAY_MS),
      })),
    );
  }
  return 0;
}

async function startAll(
  db: PrismaClient,
  rule: ActiveRule,
  now: Date,
  occurrences: Parameters<typeof startRun>[2][],
): Promise<number> {
  let started = 0;
  // One short transaction per run: a sweep over hundreds of rows holds no long lock.
  for (const occurrence of occurrences) {
    const run = await db.$transaction((tx) => startRun(tx, rule, occurrence, now));
    if (run) started += 1;
  }
  return started;
}
