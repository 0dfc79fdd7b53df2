import "server-only";
import { z } from "zod";
import type { PrismaClient } from "@/generated/prisma/client";
import { scoreLead } from "@/lib/scoring";
import { defineJob } from "@/server/jobs/define";
import { openStageSql } from "./open-stage-sql";
import { scoringSignals } from "./score-signals";

// Points fade (half their weight every 7 days), but a lead's stored score, which the list sorts
// and badges by, changed only when a signal came in: a lead HOT ten days ago still said HOT in the
// list while its page said WARM. Every 5 minutes this refreshes the open leads scored more than an
// hour ago, oldest first, a batch at a time within a time budget. An hour of fading moves a score
// by under half a point.

const EVERY_MS = 5 * 60_000;
const STALE_MS = 3_600_000;
const BATCH = 500;
const BUDGET_MS = 20_000;

export async function rescoreOpenLeads(db: PrismaClient, now: Date): Promise<number> {
  const started = Date.now();
  let done = 0;
  while (Date.now() - started < BUDGET_MS) {
    const leads = await db.$queryRaw<{ id: string; customerId: string; score: number; readiness: string }[]>`
      SELECT l.id::text, l."customerId"::text AS "customerId", l.score, l.readiness::text AS readiness
        FROM "Lead" l
       WHERE ${openStageSql("l")} AND l."scoredAt" < ${new Date(now.getTime() - STALE_MS)}
       ORDER BY l."scoredAt", l.id
       LIMIT ${BATCH}`;
    if (leads.length === 0) break;
    const signals = await scoringSignals(
      db,
      leads.map((l) => ({ leadId: l.id, customerId: l.customerId })),
      now,
    );
    const scored = leads.map((lead, i) => ({ id: lead.id, ...scoreLead(signals[i], now) }));
    // Not updatedAt: a fading score is no change a rep made, and the list's "new changes" poll ignores it.
    await db.$executeRaw`
      UPDATE "Lead" l SET score = x.score, readiness = x.readiness::"Readiness", "scoredAt" = ${now}
        FROM unnest(${scored.map((s) => s.id)}::uuid[], ${scored.map((s) => s.score)}::int[],
                    ${scored.map((s) => s.readiness)}::text[]) AS x(id, score, readiness)
       WHERE l.id = x.id`;
    done += leads.length;
    if (leads.length < BATCH) break;
  }
  return done;
}

export const leadRescoreJob = defineJob({
  kind: "lead.rescore",
  payload: z.object({}),
  everyMs: EVERY_MS,
  run: async (_payload, { prisma, now }) => {
    await rescoreOpenLeads(prisma, now);
  },
});
