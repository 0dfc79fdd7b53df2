import "server-only";
import { Prisma, type PrismaClient } from "@/generated/prisma/client";
import {
  closedDaySchema,
  teamHoursSchema,
  type ClosedDayInput,
  type TeamHoursInput,
} from "@/lib/validation/team-calendar";
import type { AppSession } from "@/server/auth/session";
import { recordAudit } from "@/server/audit";

// Changing a team's calendar (/settings/teams). Managers only: a calendar belongs to the business,
// so the role is the rule, as for the default calendar (server/settings/sla.ts). Validated again
// here (server actions are public endpoints) and audited as a setting of the team. Like the default
// calendar, a change applies to new clocks only: due times already stored stay.

export type CalendarChangeResult =
  { ok: true } | { ok: false; reason: "forbidden" | "not_found" | "invalid" | "duplicate" };

const CALENDAR = { timeZone: true, openDays: true, opensAt: true, closesAt: true, holidayCountry: true } as const;

export async function saveTeamHours(
  db: PrismaClient,
  session: AppSession,
  input: TeamHoursInput,
): Promise<CalendarChangeResult> {
  if (session.role !== "MANAGER") return { ok: false, reason: "forbidden" };
  const parsed = teamHoursSchema.safeParse(input);
  if (!parsed.success) return { ok: false, reason: "invalid" };
  const { teamId, hours } = parsed.data;
  return db.$transaction(async (tx) => {
    const before = await tx.team.findUnique({ where: { id: teamId }, select: CALENDAR });
    if (!before) return { ok: false, reason: "not_found" } as const;
    const after = await tx.team.update({
      where: { id: teamId },
      data: {
        timeZone: hours.timeZone,
        openDays: hours.days,
        opensAt: hours.start,
        closesAt: hours.end,
        holidayCountry: hours.holidayCountry,
      },
      select: CALENDAR,
    });
    await recordAudit(tx, {
      actorId: session.userId,
      action: "setting.changed",
      entityType: "Team",
      entityId: teamId,
      data: { setting: "calendar", from: before, to: after },
    });
    return { ok: true } as const;
  });
}

export async function addTeamClosedDay(
  db: PrismaClient,
  session: AppSession,
  input: ClosedDayInput,
): Promise<CalendarChangeResult> {
  if (session.role !== "MANAGER") return { ok: false, reason: "forbidden" };
  const parsed = closedDaySchema.safeParse(input);
  if (!parsed.success) return { ok: false, reason: "invalid" };
  const { teamId, date, note } = parsed.data;
  try {
    return await db.$transaction(async (tx) => {
      if (!(await tx.team.findUnique({ where: { id: teamId }, select: { id: true } })))
        return { ok: false, reason: "not_found" } as const;
      await tx.teamClosedDay.create({ data: { teamId, date: new Date(`${date}T00:00:00Z`), note } });
      await recordAudit(tx, {
        actorId: session.userId,
        action: "setting.changed",
        entityType: "Team",
        entityId: teamId,
        data: { setting: "closedDay", added: { date, note } },
      });
      return { ok: true } as const;
    });
  } catch (error) {
    // The same date twice (two tabs, a double submit): the unique key answers, not a 500.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")
      return { ok: false, reason: "duplicate" };
    throw error;
  }
}

export async function removeTeamClosedDay(
  db: PrismaClient,
  session: AppSession,
  input: { teamId: string; closedDayId: string },
): Promise<CalendarChangeResult> {
  if (session.role !== "MANAGER") return { ok: false, reason: "forbidden" };
  return db.$transaction(async (tx) => {
    const day = await tx.teamClosedDay.findFirst({
      where: { id: input.closedDayId, teamId: input.teamId },
      select: { id: true, date: true, note: true },
    });
    if (!day) return { ok: false, reason: "not_found" } as const;
    await tx.teamClosedDay.delete({ where: { id: day.id } });
    await recordAudit(tx, {
      actorId: session.userId,
      action: "setting.changed",
      entityType: "Team",
      entityId: input.teamId,
      data: { setting: "closedDay", removed: { date: day.date.toISOString().slice(0, 10), note: day.note } },
    });
    return { ok: true } as const;
  });
}
