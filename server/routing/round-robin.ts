import "server-only";
import { z } from "zod";
import type { Prisma, PrismaClient } from "@/generated/prisma/client";
import type { AppSession } from "@/server/auth/session";
import { recordAudit } from "@/server/audit";

// Who gets a lead that arrives through the ingest API. With automatic
// assignment on (the default), a new lead goes to the customer's own sales rep
// when they have an active one, and otherwise round-robin to the next active
// sales rep of the customer's team (all teams when the customer has none, or
// when nobody in the team is active). With it off, new leads arrive unassigned
// and reps claim them from the lead list.
//
// The turn is kept as User.lastAssignedAt: the rep who got a round-robin lead
// longest ago (never first) is next. We chose that over one stored pointer
// ("last rep served") because it needs no repair when reps join, leave or move
// team: a new rep has no timestamp and is next in line; a disabled rep simply
// drops out of the query; each team's rotation falls out of the same column.

const ROUND_ROBIN_KEY = "roundRobin";
const roundRobinValue = z.object({ enabled: z.boolean() });
export type RoundRobinSetting = z.infer<typeof roundRobinValue>;
const DEFAULT_ROUND_ROBIN: RoundRobinSetting = { enabled: true };

// A constant id for pg_advisory_xact_lock: concurrent ingests take turns, so
// two leads arriving together never go to the same rep (held until commit).
const ROUND_ROBIN_LOCK = 727_001;

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

export type Assignment = { ownerId: string; teamId: string | null; via: "customer_owner" | "round_robin" };

/** The owner for a new lead of this customer, or null to leave it for the reps to claim. */
export async function chooseOwnerForNewLead(
  tx: Prisma.TransactionClient,
  customer: { ownerId: string | null; teamId: string | null },
  now: Date,
): Promise<Assignment | null> {
  if (!(await readRoundRobin(tx)).enabled) return null;
  if (customer.ownerId) {
    const owner = await tx.user.findFirst({
      where: { id: customer.ownerId, role: "SALES", active: true },
      select: { id: true, teamId: true },
    });
    if (owner) return { ownerId: owner.id, teamId: owner.teamId, via: "customer_owner" };
  }
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${ROUND_ROBIN_LOCK}::bigint)`;
  const next = (teamId: string | null) =>
    tx.user.findFirst({
      where: { role: "SALES", active: true, ...(teamId ? { teamId } : {}) },
      orderBy: [{ lastAssignedAt: { sort: "asc", nulls: "first" } }, { id: "asc" }],
      select: { id: true, teamId: true },
    });
  const rep = (customer.teamId ? await next(customer.teamId) : null) ?? (await next(null));
  if (!rep) return null;
  // Always later than every turn before, even within one millisecond or when a
  // clock steps back, so the order of turns is strict. Raw SQL, so that taking a
  // turn does not count as editing the user (User.updatedAt).
  await tx.$executeRaw`
    UPDATE "User" SET "lastAssignedAt" = GREATEST(${now}::timestamptz,
      (SELECT max("lastAssignedAt") + interval '1 millisecond' FROM "User"))
     WHERE id = ${rep.id}::uuid`;
  return { ownerId: rep.id, teamId: rep.teamId, via: "round_robin" };
}
