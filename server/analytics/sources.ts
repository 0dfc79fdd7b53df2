import "server-only";
import { Prisma, type PrismaClient } from "@/generated/prisma/client";
import { Channel, TouchpointOwner } from "@/generated/prisma/enums";
import { rate } from "@/lib/kpi/compute";
import type { DashboardFilters } from "@/lib/kpi/filters";
import type { AppSession } from "@/server/auth/session";
import { STAGE_TIME_BOUNDS } from "@/lib/kpi/response-histogram";
import { AnalyticsAccessError, dashboardLeadSql } from "@/server/access/dashboard";
import { assertStaff, type StaffSession } from "@/server/access/staff";
import { dayLevel, leadDays, sumSlots, windowSlot, withNullKeys } from "./lead-days";
import type { PeriodOnly } from "./timestamps";

export type SourceRow = {
  /** Channel name, campaign id, or null for "no campaign". */
  key: string | null;
  label: string | null;
  leads: number;
  won: number;
  lost: number;
  winRate: number | null;
  leadToCustomer: number | null;
};

export type AttributionRow = { key: string | null; firstTouch: number; lastTouch: number };

export type SourceConversion = {
  total: SourceRow;
  byChannel: SourceRow[];
  byCampaign: SourceRow[];
  attribution: { byChannel: AttributionRow[]; byOwner: AttributionRow[]; wins: number };
};

type RawSource = {
  dim: "channel" | "campaign" | "total";
  key: string | null;
  label: string | null;
  leads: number;
  won: number;
  lost: number;
};

/** Conversion by source (cohort by createdAt) and first- vs last-touch attribution of the wins. */
export async function getSourceConversion(
  db: PrismaClient,
  session: AppSession,
  f: DashboardFilters,
  { periodOnly = false }: PeriodOnly = {},
): Promise<SourceConversion> {
  assertStaff(session, AnalyticsAccessError);
  const [channelDays, campaignDays, days] = await Promise.all([
    periodOnly ? null : leadDays(db, f, dayLevel(session, f, "channel")),
    periodOnly ? null : leadDays(db, f, dayLevel(session, f, "campaign")),
    leadDays(db, f, dayLevel(session, f)),
  ]);
  const noTouches: RawAttribution = { firstChannel: [], lastChannel: [], firstOwner: [], lastOwner: [] };
  const [dayRows, [touches]] = await Promise.all([
    db.$queryRaw<RawSource[]>(sourcesSql(session, f, { channelDays, campaignDays, days })),
    periodOnly ? [noTouches] : db.$queryRaw<RawAttribution[]>(attributionSql(session, f, days)),
  ]);
  const sources = withNullKeys(dayRows);
  const row = (r: RawSource): SourceRow => ({
    key: r.key,
    label: r.label,
    leads: r.leads,
    won: r.won,
    lost: r.lost,
    winRate: rate(r.won, r.won + r.lost),
    leadToCustomer: rate(r.won, r.leads),
  });
  const byLeads = (a: SourceRow, b: SourceRow) =>
    b.leads - a.leads || String(a.label ?? a.key).localeCompare(String(b.label ?? b.key));
  const total = sources.find((r) => r.dim === "total");
  const byTouches = (a: AttributionRow, b: AttributionRow) => b.firstTouch + b.lastTouch - (a.firstTouch + a.lastTouch);
  const byChannel = attributionRows(CHANNEL_KEYS, touches.firstChannel, touches.lastChannel).sort(byTouches);
  const byOwner = attributionRows(OWNER_KEYS, touches.firstOwner, touches.lastOwner).sort(byTouches);
  return {
    total: row(total ?? { dim: "total", key: null, label: null, leads: 0, won: 0, lost: 0 }),
    byChannel: sources
      .filter((r) => r.dim === "channel")
      .map(row)
      .sort(byLeads),
    byCampaign: sources
      .filter((r) => r.dim === "campaign")
      .map(row)
      .sort(byLeads),
    attribution: { byChannel, byOwner, wins: byChannel.reduce((n, r) => n + r.firstTouch, 0) },
  };
}

/** Won and lost within the window, per day row: the stage-time buckets up to the window (a bound). */
function decidedInWindow(column: "wonMinutes" | "lostMinutes", f: DashboardFilters): Prisma.Sql {
  const last = STAGE_TIME_BOUNDS.indexOf((f.conversionWindowDays * 1440) as (typeof STAGE_TIME_BOUNDS)[number]);
  if (last === -1) throw new Error(`a ${f.conversionWindowDays}-day window is not a stage-time bound`);
  return Prisma.raw(Array.from({ length: last + 1 }, (_, k) => `l."${column}"[${k + 1}]`).join(" + "));
}

function sourcesSql(
  session: StaffSession,
  f: DashboardFilters,
  rows: { channelDays: Prisma.Sql | null; campaignDays: Prisma.Sql | null; days: Prisma.Sql },
): Prisma.Sql {
  // From the per-day rows (lead-days.ts), each breakdown from the coarsest level that has it.
  // Campaign names are joined to the dozen result rows.
  const scope = dashboardLeadSql(session, f);
  const by = (dim: string, key: Prisma.Sql | null, days: Prisma.Sql) => Prisma.sql`
    SELECT ${dim} AS dim, ${key ?? Prisma.sql`NULL`}::text AS key, coalesce(sum(l.leads), 0)::int AS leads,
      coalesce(sum(${decidedInWindow("wonMinutes", f)}), 0)::int AS won,
      coalesce(sum(${decidedInWindow("lostMinutes", f)}), 0)::int AS lost
    FROM ${days} l
    WHERE ${scope}
    ${key ? Prisma.sql`GROUP BY ${key}` : Prisma.empty}`;
  return Prisma.sql`
    SELECT g.dim, g.key, c.name AS label, g.leads, g.won, g.lost FROM (
      ${rows.channelDays ? Prisma.sql`${by("channel", Prisma.sql`l."sourceChannel"`, rows.channelDays)} UNION ALL` : Prisma.empty}
      ${rows.campaignDays ? Prisma.sql`${by("campaign", Prisma.sql`l."campaignId"`, rows.campaignDays)} UNION ALL` : Prisma.empty}
      ${by("total", null, rows.days)}
    ) g LEFT JOIN "Campaign" c ON g.dim = 'campaign' AND c.id::text = g.key`;
}

/** Attribution arrays in the day rows: per conversion window (windowSlot), one slot per key plus "none". */
const CHANNEL_KEYS = Object.values(Channel);
const OWNER_KEYS = Object.values(TouchpointOwner);

type RawAttribution = Record<"firstChannel" | "lastChannel" | "firstOwner" | "lastOwner", number[]>;

/**
 * The wins within the window credited to the first and the last inbound touchpoint:
 * the day rows hold the counts per window (reise_lead_day_facts looks the touchpoints
 * up when a lead or its touchpoints change), so this adds up a few hundred rows.
 */
function attributionSql(session: StaffSession, f: DashboardFilters, days: Prisma.Sql): Prisma.Sql {
  const w = windowSlot(f);
  const slots = (column: string, keys: number) => sumSlots(column, keys + 1, w * (keys + 1));
  return Prisma.sql`
    SELECT ${slots("firstTouchChannel", CHANNEL_KEYS.length)} AS "firstChannel", ${slots("lastTouchChannel", CHANNEL_KEYS.length)} AS "lastChannel",
      ${slots("firstTouchOwner", OWNER_KEYS.length)} AS "firstOwner", ${slots("lastTouchOwner", OWNER_KEYS.length)} AS "lastOwner"
    FROM ${days} l
    WHERE ${dashboardLeadSql(session, f)}`;
}

/** Slots → rows, leaving out keys no win was credited to. */
function attributionRows<K extends string>(
  keys: K[],
  first: number[],
  last: number[],
): { key: K | null; firstTouch: number; lastTouch: number }[] {
  return [...keys, null]
    .map((key, i) => ({ key, firstTouch: first[i], lastTouch: last[i] }))
    .filter((r) => r.firstTouch + r.lastTouch > 0);
}
