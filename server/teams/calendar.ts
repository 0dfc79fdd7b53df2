import "server-only";
import type { Prisma, PrismaClient } from "@/generated/prisma/client";
import type { BusinessHours } from "@/lib/business-hours";
import type { SlaConfig } from "@/lib/sla";
import { businessHoursSchema } from "@/lib/validation/sla-settings";
import { getSlaConfig } from "@/server/settings/sla";

// Whose calendar a response clock counts in: the team that owns the lead, which is the
// customer's team (server/access/lead.ts). Each team has its own days, hours, time zone, holiday
// country and closed days (Team.*, TeamClosedDay); a lead whose customer has no team counts in
// the default calendar of Settings → Response times (AppSetting "sla"). The minutes promised per
// channel are the same for every team.
//
// Read inside the caller's transaction and never cached across requests, like getSlaConfig: a
// change applies to the next signal, and due times already stored stay.

type Db = PrismaClient | Prisma.TransactionClient;

// A closed day is a few rows a year; the cap only keeps a runaway list from slowing every ingest.
const CLOSED_DAYS_READ = 1000;

/** The business hours of `teamId`'s calendar; the default calendar for null (or a team that is gone). */
export async function getCalendarForTeam(db: Db, teamId: string | null): Promise<BusinessHours> {
  return (teamId ? await teamCalendar(db, teamId) : null) ?? (await getSlaConfig(db)).hours;
}

/** The promise for a lead of `teamId`'s customers: the shared minutes, counted in the team's calendar. */
export async function getSlaConfigForTeam(db: Db, teamId: string | null): Promise<SlaConfig> {
  const config = await getSlaConfig(db);
  const hours = teamId ? await teamCalendar(db, teamId) : null;
  return hours ? { ...config, hours } : config;
}

/**
 * The calendar columns a new team starts with: the default calendar as it is saved now. No page
 * creates teams yet (the seed and tests do, with the schema's defaults: the built-in default
 * hours); whatever adds one should spread this into its `team.create` data.
 */
export async function newTeamCalendar(db: Db) {
  const hours = (await getSlaConfig(db)).hours;
  return {
    timeZone: hours.timeZone,
    openDays: hours.days,
    opensAt: hours.start,
    closesAt: hours.end,
    holidayCountry: hours.holidayCountry ?? null,
  } satisfies Partial<Prisma.TeamCreateInput>;
}

/** The team's calendar, or null when the team does not exist or its row holds what no form could save. */
export async function teamCalendar(db: Db, teamId: string): Promise<BusinessHours | null> {
  const team = await db.team.findUnique({
    where: { id: teamId },
    select: {
      timeZone: true,
      openDays: true,
      opensAt: true,
      closesAt: true,
      holidayCountry: true,
      closedDays: { select: { date: true }, orderBy: { date: "desc" }, take: CLOSED_DAYS_READ },
    },
  });
  if (!team) return null;
  const parsed = businessHoursSchema.safeParse({
    timeZone: team.timeZone,
    days: team.openDays,
    start: team.opensAt,
    end: team.closesAt,
    holidayCountry: team.holidayCountry,
    closedDates: team.closedDays.map((d) => d.date.toISOString().slice(0, 10)).reverse(),
  });
  return parsed.success ? parsed.data : null;
}
