import "server-only";
import { z } from "zod";
import type { Prisma, PrismaClient } from "@/generated/prisma/client";
import type { AppSession } from "@/server/auth/session";
import { recordAudit } from "@/server/audit";

// Managers' alert settings (/settings/alerts), one AppSetting "alerts": how long before the
// response time runs out a rep is warned (null: the default rule in lib/notifications/warning.ts),
// and per team how long after a breach the team's managers are told and whether the lead then
// moves to the next present rep. "No team" holds the rule for customers without a team; a team
// without its own entry follows it. Read when a job runs, so a change applies to the next
// warning and escalation.

const ALERTS_KEY = "alerts";
const minutes = z.number().int().min(0).max(1440);
export const escalationSchema = z.object({ afterMinutes: minutes, reassign: z.boolean() });
export const alertSettingsSchema = z.object({
  warnBeforeMinutes: minutes.nullable(),
  noTeam: escalationSchema,
  teams: z.record(z.string().uuid(), escalationSchema),
});
export type Escalation = z.infer<typeof escalationSchema>;
export type AlertSettings = z.infer<typeof alertSettingsSchema>;
export const DEFAULT_ALERT_SETTINGS: AlertSettings = {
  warnBeforeMinutes: null,
  noTeam: { afterMinutes: 30, reassign: false },
  teams: {},
};

type Db = PrismaClient | Prisma.TransactionClient;

export async function readAlertSettings(db: Db): Promise<AlertSettings> {
  const row = await db.appSetting.findUnique({ where: { key: ALERTS_KEY }, select: { value: true } });
  const parsed = alertSettingsSchema.safeParse(row?.value);
  return parsed.success ? parsed.data : DEFAULT_ALERT_SETTINGS;
}

/** The escalation rule of a team (or of customers without one). */
export function escalationFor(settings: AlertSettings, teamId: string | null): Escalation {
  return (teamId && settings.teams[teamId]) || settings.noTeam;
}

/** Managers only (the action checks too); audited with before and after. */
export async function saveAlertSettings(db: PrismaClient, session: AppSession, settings: AlertSettings) {
  if (session.role !== "MANAGER") return false;
  await db.$transaction(async (tx) => {
    const before = await readAlertSettings(tx);
    const value = settings as unknown as Prisma.InputJsonObject;
    await tx.appSetting.upsert({
      where: { key: ALERTS_KEY },
      create: { key: ALERTS_KEY, value, updatedById: session.userId },
      update: { value, updatedById: session.userId },
    });
    await recordAudit(tx, {
      actorId: session.userId,
      action: "setting.changed",
      entityType: "AppSetting",
      entityId: ALERTS_KEY,
      data: { from: before as unknown as Prisma.InputJsonObject, to: value },
    });
  });
  return true;
}
