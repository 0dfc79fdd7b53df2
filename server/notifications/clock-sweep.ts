import "server-only";
import { z } from "zod";
import type { PrismaClient } from "@/generated/prisma/client";
import { openStageSql } from "@/server/leads/open-stage-sql";
import { defineJob } from "@/server/jobs/define";
import { getSlaConfig } from "@/server/settings/sla";
import { readAlertSettings } from "./alert-settings";
import { scheduleClockJobs } from "./clock-jobs";

// A safety net for the response clock's jobs: every 5 minutes, the open leads whose clock runs
// out soon (or ran out in the last day) and have no breach job for their due time get their
// warning and breach planned. That covers clocks started before this code existed (an upgrade,
// the demo seed) and any clock set by a path that planned nothing. Only leads missing a job are
// touched, so an idle sweep is one indexed query. The promise is the lead's source channel's: a
// clock moved by a signal on another channel warns by that channel's promise instead, close
// enough for a net.

const EVERY_MS = 5 * 60_000;
const LOOK_BACK_MS = 24 * 3_600_000;
const BATCH = 500;

async function sweep(db: PrismaClient, now: Date): Promise<void> {
  const { warnBeforeMinutes } = await readAlertSettings(db);
  // Far enough ahead that a warning is planned before its time, with two sweeps to spare.
  const aheadMs = Math.max(warnBeforeMinutes ?? 10, 10) * 60_000 + 2 * EVERY_MS;
  const missing = await db.$queryRaw<{ id: string; slaDueAt: Date; sourceChannel: string }[]>`
    SELECT l.id::text, l."slaDueAt", l."sourceChannel"::text AS "sourceChannel"
      FROM "Lead" l
     WHERE ${openStageSql("l")} AND l."waitingSince" IS NOT NULL
       AND l."slaDueAt" >= ${new Date(now.getTime() - LOOK_BACK_MS)} AND l."slaDueAt" <= ${new Date(now.getTime() + aheadMs)}
       AND NOT EXISTS (
         SELECT 1 FROM "Job" j
          WHERE j.kind = 'sla.breach'
            AND j.key = l.id::text || ':' || to_char(l."slaDueAt" AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'))
     ORDER BY l."slaDueAt"
     LIMIT ${BATCH}`;
  if (missing.length === 0) return;
  const { minutesByChannel } = await getSlaConfig(db);
  for (const lead of missing) {
    const promise = minutesByChannel[lead.sourceChannel as keyof typeof minutesByChannel] ?? 15;
    await db.$transaction((tx) => scheduleClockJobs(tx, { id: lead.id, slaDueAt: lead.slaDueAt }, promise));
  }
}

export const slaSweepJob = defineJob({
  kind: "sla.sweep",
  payload: z.object({}),
  everyMs: EVERY_MS,
  maxAttempts: 1, // the next slot sweeps again
  run: (_, { prisma, now }) => sweep(prisma, now),
});
