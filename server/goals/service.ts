import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import type { Currency } from "@/generated/prisma/enums";
import { monthDate } from "@/lib/goals";
import type { GoalInput } from "@/lib/validation/goals";
import type { AppSession } from "@/server/auth/session";
import { maySetGoals } from "@/server/access/goal";
import { recordAudit } from "@/server/audit";

// A manager's change to one month's goal for one rep or team: set, changed, or removed (all three
// figures empty), audited with what it was and what it became, in one transaction.

export type GoalChange = { ok: true; cleared: boolean } | { ok: false; reason: "forbidden" | "not_found" };

const FIGURES = { answeredWithinSla: true, wonDeals: true, wonValue: true, currency: true } as const;

export async function setGoal(db: PrismaClient, session: AppSession, input: GoalInput): Promise<GoalChange> {
  if (!maySetGoals(session)) return { ok: false, reason: "forbidden" };
  const owner = input.kind === "user" ? { userId: input.targetId } : { teamId: input.targetId };
  const month = monthDate(input.month);
  return db.$transaction(async (tx): Promise<GoalChange> => {
    // Goals are for sales reps (the dashboard counts the leads they own) and for teams.
    const exists =
      input.kind === "user"
        ? await tx.user.count({ where: { id: input.targetId, role: "SALES" } })
        : await tx.team.count({ where: { id: input.targetId } });
    if (!exists) return { ok: false, reason: "not_found" };
    const before = await tx.goal.findFirst({ where: { month, ...owner }, select: { id: true, ...FIGURES } });
    const figures: Figures = {
      answeredWithinSla: input.answeredWithinSla,
      wonDeals: input.wonDeals,
      wonValue: input.wonValue,
      currency: input.currency ?? before?.currency ?? "NOK",
    };
    const cleared = figures.answeredWithinSla === null && figures.wonDeals === null && figures.wonValue === null;
    const data = { month: input.month, ...owner, from: before ? pick(before) : null, to: cleared ? null : figures };
    if (cleared) {
      if (!before) return { ok: true, cleared };
      await tx.goal.delete({ where: { id: before.id } });
      await recordAudit(tx, {
        actorId: session.userId,
        action: "goal.cleared",
        entityType: "Goal",
        entityId: before.id,
        data,
      });
      return { ok: true, cleared };
    }
    if (before && sameFigures(pick(before), figures)) return { ok: true, cleared };
    const row = before
      ? await tx.goal.update({
          where: { id: before.id },
          data: { ...figures, updatedById: session.userId },
          select: { id: true },
        })
      : await tx.goal.create({
          data: { month, ...owner, ...figures, updatedById: session.userId },
          select: { id: true },
        });
    await recordAudit(tx, { actorId: session.userId, action: "goal.set", entityType: "Goal", entityId: row.id, data });
    return { ok: true, cleared };
  });
}

type Figures = Record<"answeredWithinSla" | "wonDeals" | "wonValue", number | null> & { currency: Currency };
const pick = (g: Figures): Figures => ({
  answeredWithinSla: g.answeredWithinSla,
  wonDeals: g.wonDeals,
  wonValue: g.wonValue,
  currency: g.currency,
});
const sameFigures = (a: Figures, b: Figures) =>
  a.answeredWithinSla === b.answeredWithinSla &&
  a.wonDeals === b.wonDeals &&
  a.wonValue === b.wonValue &&
  a.currency === b.currency;

/** A manager's own weekly e-mail report, on or off (Account). */
export async function setWeeklyReport(db: PrismaClient, session: AppSession, enabled: boolean): Promise<boolean> {
  if (session.role !== "MANAGER") return false;
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: session.userId }, data: { weeklyReport: enabled }, select: { id: true } });
    await recordAudit(tx, {
      actorId: session.userId,
      action: "user.weekly_report_changed",
      entityType: "User",
      entityId: session.userId,
      data: { weeklyReport: enabled },
    });
  });
  return true;
}
