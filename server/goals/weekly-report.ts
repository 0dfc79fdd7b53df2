import "server-only";
import { z } from "zod";
import type { PrismaClient } from "@/generated/prisma/client";
import { DEFAULT_LOCALE, isLocale } from "@/i18n/locales";
import { isoWeekNumber, localIsoDate, shiftIsoDate, startOfLocalDay } from "@/lib/kpi/date-range";
import { REPORTING_TIME_ZONE } from "@/lib/kpi/reporting";
import type { AppSession } from "@/server/auth/session";
import { appBaseUrl } from "@/server/auth/password-link-mail";
import { getJourneyFunnel } from "@/server/analytics/funnel";
import { getSourceConversion } from "@/server/analytics/sources";
import { getSpeedToLead } from "@/server/analytics/speed";
import { defineJob } from "@/server/jobs/define";
import { enqueue } from "@/server/jobs/enqueue";
import { sendMail } from "@/server/mail/outbox";
import { periodFilters } from "./actuals";
import { getGoalProgress } from "./queries";
import { composeWeeklyReport, type WeekFigures } from "./report-mail";

// The weekly e-mail report to each manager: last week's (Monday to Sunday in the reporting zone)
// key figures against the week before, and the month's goals. An hourly sweep plans one job per
// manager per week from Monday 07:00 on (keyed by manager and week, so a sweep that runs twice
// plans once); the job sends and then marks the week on the manager, so a job run again after a
// send, or planned again after the runner pruned it, sends nothing. A manager who switched the
// report off (Account) gets none. A week missed while no instance ran is sent when one runs.

const SEND_FROM_HOUR = 7;

/** The last whole week as of now: its Monday and the Monday after, as dates and instants. */
export function lastWeek(now: Date): { monday: string; nextMonday: string; from: Date; to: Date } {
  const today = localIsoDate(now, REPORTING_TIME_ZONE);
  const weekday = (new Date(`${today}T12:00:00Z`).getUTCDay() + 6) % 7; // Monday 0 … Sunday 6
  const nextMonday = shiftIsoDate(today, -weekday);
  const monday = shiftIsoDate(nextMonday, -7);
  return {
    monday,
    nextMonday,
    from: startOfLocalDay(monday, REPORTING_TIME_ZONE),
    to: startOfLocalDay(nextMonday, REPORTING_TIME_ZONE),
  };
}

export const weeklyReportJob = defineJob({
  kind: "reports.weekly",
  payload: z.object({ userId: z.guid(), week: z.string().regex(/^\d{4}-\d{2}-\d{2}$/) }),
  maxAttempts: 8,
  run: ({ userId, week }, { prisma, now }) => sendWeeklyReport(prisma, userId, week, now).then(() => undefined),
});

export const weeklyReportSweepJob = defineJob({
  kind: "reports.weekly-sweep",
  payload: z.object({}),
  everyMs: 60 * 60_000,
  run: async (_payload, { prisma, now }) => {
    await planWeeklyReports(prisma, now);
  },
});

/** Plans last week's report for every manager who wants it and has not had it; returns how many were new. */
export async function planWeeklyReports(db: PrismaClient, now: Date): Promise<number> {
  const week = lastWeek(now);
  if (now.getTime() < week.to.getTime() + SEND_FROM_HOUR * 3_600_000) return 0;
  const managers = await db.user.findMany({
    where: {
      role: "MANAGER",
      active: true,
      weeklyReport: true,
      OR: [{ weeklyReportWeek: null }, { weeklyReportWeek: { lt: new Date(`${week.monday}T00:00:00Z`) } }],
    },
    select: { id: true },
  });
  let planned = 0;
  for (const m of managers) {
    const job = await enqueue(db, weeklyReportJob, {
      payload: { userId: m.id, week: week.monday },
      key: `${m.id}:${week.monday}`,
      runAt: now,
    });
    if (job.created) planned++;
  }
  return planned;
}

/** Sends one manager the report of the week starting `monday`; false when it is not (or no longer) due. */
export async function sendWeeklyReport(db: PrismaClient, userId: string, monday: string, now: Date): Promise<boolean> {
  const weekDate = new Date(`${monday}T00:00:00Z`);
  const user = await db.user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      email: true,
      name: true,
      role: true,
      active: true,
      locale: true,
      timeZone: true,
      teamId: true,
      weeklyReport: true,
      weeklyReportWeek: true,
    },
  });
  if (!user || !user.active || user.role !== "MANAGER" || !user.weeklyReport) return false;
  if (user.weeklyReportWeek && user.weeklyReportWeek >= weekDate) return false;
  const locale = isLocale(user.locale) ? user.locale : DEFAULT_LOCALE;
  const session: AppSession = {
    userId: user.id,
    email: user.email,
    name: user.name,
    role: "MANAGER",
    locale,
    timeZone: user.timeZone,
    teamId: user.teamId,
    customerId: null,
  };
  const day = (iso: string) => startOfLocalDay(iso, REPORTING_TIME_ZONE);
  const week = periodFilters(day(monday), day(shiftIsoDate(monday, 7)), now);
  const before = periodFilters(day(shiftIsoDate(monday, -7)), week.from, now);
  const lastDay = shiftIsoDate(monday, 6);
  // The goals of the month the week ends in, so far.
  const month = lastDay.slice(0, 7);
  const [thisWeek, weekBefore, goals] = await Promise.all([
    weekFigures(db, session, week, now),
    weekFigures(db, session, before, now),
    getGoalProgress(db, session, { months: [month] }, now),
  ]);
  const mail = await composeWeeklyReport({
    name: user.name,
    locale,
    isoWeek: isoWeekNumber(monday),
    week: { first: monday, last: lastDay },
    month,
    current: thisWeek,
    previous: weekBefore,
    breachingNow: thisWeek.breachingNow,
    goals,
    baseUrl: appBaseUrl(),
  });
  await sendMail({ to: user.email, ...mail });
  // Marked after the send: a worker that dies in between mails twice rather than never.
  await db.user.update({ where: { id: user.id }, data: { weeklyReportWeek: weekDate }, select: { id: true } });
  return true;
}

async function weekFigures(
  db: PrismaClient,
  session: AppSession,
  f: ReturnType<typeof periodFilters>,
  now: Date,
): Promise<WeekFigures & { breachingNow: number }> {
  const [funnel, sources, speed] = await Promise.all([
    getJourneyFunnel(db, session, f, now),
    getSourceConversion(db, session, f),
    getSpeedToLead(db, session, f, now),
  ]);
  return {
    leads: funnel.total,
    answeredWithinSla: speed.total.withinSla,
    withinSlaShare: speed.total.withinSlaShare,
    won: sources.total.won,
    winRate: sources.total.winRate,
    breachingNow: speed.breachingNow,
  };
}
