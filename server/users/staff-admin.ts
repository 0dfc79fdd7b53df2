import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import type { Prisma } from "@/generated/prisma/client";
import { STAFF_PAGE_SIZE, type StaffAdminError } from "@/lib/validation/staff-users";
import type { AppSession } from "@/server/auth/session";
import { recordAudit } from "@/server/audit";

// Managers administer staff users: enable/disable, sales ↔ manager. Two rules
// keep the installation manageable: nobody changes themselves (a slip of the
// mouse must not lock you out), and the last active manager stays one.
// Disabling bumps tokenVersion so that user's open sessions end at once
// (server/auth/session.ts compares it on every request).

export type StaffUserRow = {
  id: string;
  name: string;
  email: string;
  role: "SALES" | "MANAGER";
  active: boolean;
  lastLoginAt: Date | null;
  /** Invited and active, with no password chosen yet: the invitation can be sent again. */
  invited: boolean;
  /** While it lies ahead: away until then (server/users/away.ts). */
  awayUntil: Date | null;
};

export type StaffPage = { rows: StaffUserRow[]; total: number; page: number; pageCount: number };

export type StaffAdminResult = { ok: true } | { ok: false; reason: StaffAdminError };

function assertManager(session: AppSession) {
  if (session.role !== "MANAGER") throw new Error("User administration is for managers only");
}

/** Staff users, not customers: what the users page lists and acts on. */
export const STAFF: Prisma.UserWhereInput = { role: { in: ["SALES", "MANAGER"] } };

/** Staff by name, a page at a time (a staff list stays small enough for page numbers). */
export async function listStaffUsers(
  db: PrismaClient,
  session: AppSession,
  page: number,
  now = new Date(),
  /** Part of a name or email, any case (the page's search box); empty lists everyone. */
  q = "",
): Promise<StaffPage> {
  assertManager(session);
  const where: Prisma.UserWhereInput = q
    ? {
        ...STAFF,
        OR: [{ name: { contains: q, mode: "insensitive" } }, { email: { contains: q, mode: "insensitive" } }],
      }
    : STAFF;
  const [rows, total] = await Promise.all([
    db.user.findMany({
      where,
      orderBy: [{ name: "asc" }, { id: "asc" }],
      skip: (page - 1) * STAFF_PAGE_SIZE,
      take: STAFF_PAGE_SIZE,
      select: {
        id: true,
        name: true,
        email: true,
        role: true,
        active: true,
        lastLoginAt: true,
        awayUntil: true,
        passwordHash: true,
      },
    }),
    db.user.count({ where }),
  ]);
  return {
    rows: rows.map(({ passwordHash, ...row }) => ({
      ...row,
      invited: row.active && passwordHash === null,
      role: row.role === "MANAGER" ? "MANAGER" : "SALES",
      awayUntil: row.awayUntil && row.awayUntil > now ? row.awayUntil : null,
    })),
    total,
    page,
    pageCount: Math.max(1, Math.ceil(total / STAFF_PAGE_SIZE)),
  };
}

// Serialises changes that could remove the last manager: two managers
// demoting each other at the same moment must not both succeed.
const MANAGER_LOCK = 7_320_114;

type Target = { error: "notFound" | "self" } | { user: { id: string; role: string; active: boolean } };

async function lockedTarget(tx: Prisma.TransactionClient, session: AppSession, userId: string): Promise<Target> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${MANAGER_LOCK}::bigint)`;
  const user = await tx.user.findFirst({
    where: { id: userId, ...STAFF },
    select: { id: true, role: true, active: true },
  });
  if (!user) return { error: "notFound" };
  if (user.id === session.userId) return { error: "self" };
  return { user };
}

async function otherActiveManagers(tx: Prisma.TransactionClient, userId: string): Promise<number> {
  return tx.user.count({ where: { role: "MANAGER", active: true, id: { not: userId } } });
}

/** Setting the state it already has changes nothing and writes no audit row (double clicks). */
export async function setUserActive(
  db: PrismaClient,
  session: AppSession,
  input: { userId: string; active: boolean },
): Promise<StaffAdminResult> {
  assertManager(session);
  return db.$transaction(async (tx): Promise<StaffAdminResult> => {
    const found = await lockedTarget(tx, session, input.userId);
    if ("error" in found) return { ok: false, reason: found.error };
    const { user } = found;
    if (user.active === input.active) return { ok: true } as const;
    if (!input.active && user.role === "MANAGER" && (await otherActiveManagers(tx, user.id)) === 0) {
      return { ok: false, reason: "lastManager" } as const;
    }
    await tx.user.update({
      where: { id: user.id },
      data: { active: input.active, ...(input.active ? {} : { tokenVersion: { increment: 1 } }) },
      select: { id: true },
    });
    await recordAudit(tx, {
      actorId: session.userId,
      action: input.active ? "user.enabled" : "user.disabled",
      entityType: "User",
      entityId: user.id,
      data: { from: user.active ? "active" : "disabled", to: input.active ? "active" : "disabled" },
    });
    return { ok: true } as const;
  });
}

/**
 * A role change also ends the user's sessions: the role is read from the
 * database on each request anyway, but a fresh sign-in makes the change plain
 * to them instead of pages vanishing mid-task.
 */
export async function changeUserRole(
  db: PrismaClient,
  session: AppSession,
  input: { userId: string; role: "SALES" | "MANAGER" },
): Promise<StaffAdminResult> {
  assertManager(session);
  return db.$transaction(async (tx): Promise<StaffAdminResult> => {
    const found = await lockedTarget(tx, session, input.userId);
    if ("error" in found) return { ok: false, reason: found.error };
    const { user } = found;
    if (user.role === input.role) return { ok: true } as const;
    if (user.role === "MANAGER" && user.active && (await otherActiveManagers(tx, user.id)) === 0) {
      return { ok: false, reason: "lastManager" } as const;
    }
    await tx.user.update({
      where: { id: user.id },
      data: { role: input.role, tokenVersion: { increment: 1 } },
      select: { id: true },
    });
    await recordAudit(tx, {
      actorId: session.userId,
      action: "user.role_changed",
      entityType: "User",
      entityId: user.id,
      data: { from: user.role, to: input.role },
    });
    return { ok: true } as const;
  });
}
