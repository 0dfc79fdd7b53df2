import "server-only";
import { Prisma, type PrismaClient } from "@/generated/prisma/client";
import { FUNNEL_STAGES, type FunnelStage } from "@/lib/kpi/definitions";
import { funnelSteps, rate, type FunnelStep } from "@/lib/kpi/compute";
import type { DashboardFilters } from "@/lib/kpi/filters";
import type { AppSession } from "@/server/auth/session";
import { assertStaff, leadScopeSql, ts } from "./access";

export type FunnelRow = FunnelStep & {
  /** Leads lost at this stage (their furthest stage). */
  lost: number;
  /** Median minutes from creation to reaching the stage, where the model records it. */
  medianMinutes: number | null;
};

export type JourneyFunnel = {
  total: number;
  rows: FunnelRow[];
  overallConversion: number | null;
  /** Leads younger than the conversion window: their outcome can still change. */
  maturing: number;
  conversionWindowDays: number;
};

type Raw = Record<`reached${0 | 1 | 2 | 3 | 4}` | `lost${0 | 1 | 2 | 3}` | "maturing", number> &
  Record<`median${1 | 2 | 3 | 4}`, number | null>;

/**
 * Journey funnel: leads created in the range by the furthest stage they reached,
 * with the outcome counted up to N days after creation. One pass over the cohort.
 *
 * A lost lead's furthest stage is not stored. It is the furthest of: the stage
 * the audit log says it was lost from (recorded when staff close it in Reise),
 * PROPOSAL if a follow-up sent a proposal, QUALIFIED if one booked a meeting,
 * CONTACTED if it got a first response; else NEW.
 */
export async function getJourneyFunnel(db: PrismaClient, session: AppSession, f: DashboardFilters, now: Date): Promise<JourneyFunnel> {
  assertStaff(session);
  const window = Prisma.sql`make_interval(days => ${f.conversionWindowDays}::int)`;
  const minutes = (to: Prisma.Sql) => Prisma.sql`date_part('epoch', ${to} - "createdAt") / 60`;
  const [raw] = await db.$queryRaw<Raw[]>`
    WITH lost_from AS (
      -- Cast the few audit ids to uuid rather than every lead id to text.
      SELECT DISTINCT ON (a."entityId") CASE WHEN a."entityId" ~ '^[0-9a-f-]{36}$' THEN a."entityId"::uuid END AS lead_id,
        a.data->>'from' AS stage
      FROM "AuditLog" a
      WHERE a."entityType" = 'Lead' AND a.action = 'lead.stage_changed' AND a.data->>'to' = 'LOST'
        AND a."createdAt" >= ${ts(f.from)}
      ORDER BY a."entityId", a."createdAt" DESC
    ), progress AS (
      -- Follow-ups that show how far a lead got: a proposal sent, a meeting booked.
      SELECT f."leadId" AS lead_id, max(CASE f.outcome WHEN 'PROPOSAL_SENT' THEN 3 ELSE 2 END) AS stage
      FROM "FollowUp" f
      WHERE f.outcome IN ('PROPOSAL_SENT', 'MEETING_BOOKED') AND f."createdAt" >= ${ts(f.from)}
      GROUP BY f."leadId"
    ), cohort AS (
      SELECT l.stage, l."createdAt", l."closedAt", l."firstResponseAt", l."stageChangedAt",
        CASE l.stage
          WHEN 'WON' THEN CASE WHEN l."closedAt" <= l."createdAt" + ${window} THEN 4 ELSE 3 END
          WHEN 'PROPOSAL' THEN 3 WHEN 'QUALIFIED' THEN 2 WHEN 'CONTACTED' THEN 1 WHEN 'NEW' THEN 0
          ELSE greatest(
            CASE lf.stage WHEN 'PROPOSAL' THEN 3 WHEN 'QUALIFIED' THEN 2 WHEN 'CONTACTED' THEN 1 ELSE 0 END,
            p.stage,
            CASE WHEN l."firstResponseAt" IS NOT NULL THEN 1 ELSE 0 END)
        END AS reached
      FROM "Lead" l
      LEFT JOIN lost_from lf ON l.stage = 'LOST' AND lf.lead_id = l.id
      LEFT JOIN progress p ON l.stage = 'LOST' AND p.lead_id = l.id
      WHERE l."createdAt" >= ${ts(f.from)} AND l."createdAt" < ${ts(f.to)} AND ${leadScopeSql(session, f)}
    )
    SELECT
      count(*) FILTER (WHERE reached = 0)::int AS reached0, count(*) FILTER (WHERE reached = 1)::int AS reached1,
      count(*) FILTER (WHERE reached = 2)::int AS reached2, count(*) FILTER (WHERE reached = 3)::int AS reached3,
      count(*) FILTER (WHERE reached = 4)::int AS reached4,
      count(*) FILTER (WHERE stage = 'LOST' AND reached = 0)::int AS lost0, count(*) FILTER (WHERE stage = 'LOST' AND reached = 1)::int AS lost1,
      count(*) FILTER (WHERE stage = 'LOST' AND reached = 2)::int AS lost2, count(*) FILTER (WHERE stage = 'LOST' AND reached = 3)::int AS lost3,
      count(*) FILTER (WHERE "createdAt" > ${ts(now)} - ${window})::int AS maturing,
      percentile_cont(0.5) WITHIN GROUP (ORDER BY ${minutes(Prisma.sql`"firstResponseAt"`)}) FILTER (WHERE "firstResponseAt" IS NOT NULL) AS median1,
      percentile_cont(0.5) WITHIN GROUP (ORDER BY ${minutes(Prisma.sql`"stageChangedAt"`)}) FILTER (WHERE stage = 'QUALIFIED') AS median2,
      percentile_cont(0.5) WITHIN GROUP (ORDER BY ${minutes(Prisma.sql`"stageChangedAt"`)}) FILTER (WHERE stage = 'PROPOSAL') AS median3,
      percentile_cont(0.5) WITHIN GROUP (ORDER BY ${minutes(Prisma.sql`"closedAt"`)}) FILTER (WHERE reached = 4) AS median4
    FROM cohort`;

  const furthest = Object.fromEntries(FUNNEL_STAGES.map((s, i) => [s, raw[`reached${i as 0}`]])) as Record<FunnelStage, number>;
  const steps = funnelSteps(furthest);
  const total = steps[0].reached;
  return {
    total,
    rows: steps.map((step, i) => ({
      ...step,
      lost: i < 4 ? raw[`lost${i as 0}`] : 0,
      medianMinutes: i === 0 ? 0 : toNumber(raw[`median${i as 1}`]),
    })),
    overallConversion: rate(furthest.WON, total),
    maturing: raw.maturing,
    conversionWindowDays: f.conversionWindowDays,
  };
}

export const toNumber = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));
