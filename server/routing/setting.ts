import "server-only";
import { z } from "zod";
import type { Prisma, PrismaClient } from "@/generated/prisma/client";
import type { AppSession } from "@/server/auth/session";
import { recordAudit } from "@/server/audit";

// The switch for automatic assignment (./round-robin.ts). With it off, new leads arrive
// unassigned and reps of the lead's team claim them from the lead list.

const ROUND_ROBIN_KEY = "roundRobin";
const roundRobinValue = z.object({ enabled: z.boolean() });
export type RoundRobinSetting = z.infer<typeof roundRobinValue>;
const DEFAULT_ROUND_ROBIN: RoundRobinSetting = { enabled: true };

type Db = PrismaClient | Prisma.TransactionClient;

export async function readRoundRobin(db: Db): Promise<RoundRobinSetting> {
  const row = await db.appSetting.findUnique({ where: { key: ROUND_ROBIN_KEY }, select: { value: true } });
  const parsed = roundRobinValue.safeParse(row?.value);
  return parsed.success ? parsed.data : DEFAULT_ROUND_ROBIN;
}

/** Managers only; audited. Returns false for anyone else (the action turns that into a 404). */
export async function setRoundRobin(
  db: PrismaClient,
  session: AppSession,
  setting: RoundRobinSetting,
): Promise<boolean> {
  if (session.role !== "MANAGER") return false;
  await db.$transaction(async (tx) => {
    const before = await readRoundRobin(tx);
    await tx.appSetting.upsert({
      where: { key: ROUND_ROBIN_KEY },
      create: { key: ROUND_ROBIN_KEY, value: setting, updatedById: session.userId },
      update: { value: setting, updatedById: session.userId },
    });
    await recordAudit(tx, {
      actorId: session.userId,
      action: "setting.changed",
      entityType: "AppSetting",
      entityId: ROUND_ROBIN_KEY,
      data: { from: before, to: setting },
    });
  });
  return true;
}
