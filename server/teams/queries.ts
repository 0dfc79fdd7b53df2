import "server-only";
import type { BusinessHours } from "@/lib/business-hours";
import { nextClosedDays, type ClosedDay } from "@/lib/closed-days";
import { requireRole } from "@/server/auth/session";
import { getDb } from "@/server/db";
import { getCalendarForTeam } from "./calendar";

export type TeamCalendarRow = {
  id: string;
  name: string;
  hours: BusinessHours;
  /** The days a manager added, from today on, with their notes (for removing them). */
  addedDays: { id: string; date: string; note: string }[];
  /** The next closed open-weekdays, holidays and added days together, for checking at a glance. */
  next: ClosedDay[];
};

const NEXT_SHOWN = 5;

/** Every team's calendar for /settings/teams. Managers only: anyone else gets a 404. */
export async function getTeamCalendars(now: Date): Promise<TeamCalendarRow[]> {
  await requireRole("MANAGER");
  const db = await getDb();
  // A day before today in UTC covers today in every offered zone; older closed days only matter
  // to clocks already stored.
  const since = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() - 1));
  const teams = await db.team.findMany({
    orderBy: { name: "asc" },
    select: {
      id: true,
      name: true,
      closedDays: {
        where: { date: { gte: since } },
        orderBy: { date: "asc" },
        select: { id: true, date: true, note: true },
      },
    },
  });
  return Promise.all(
    teams.map(async (team) => {
      const hours = await getCalendarForTeam(db, team.id);
      return {
        id: team.id,
        name: team.name,
        hours,
        addedDays: team.closedDays.map((d) => ({ id: d.id, date: d.date.toISOString().slice(0, 10), note: d.note })),
        next: nextClosedDays(hours, now, NEXT_SHOWN),
      };
    }),
  );
}
