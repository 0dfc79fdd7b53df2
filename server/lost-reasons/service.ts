import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import type { AppSession } from "@/server/auth/session";
import { mayKeepLostReasons } from "@/server/access/lost-reason";
import { recordAudit } from "@/server/audit";
import { LOST_REASONS_MAX, type UpdateLostReasonInput } from "@/lib/validation/lost-reason";

// Managers' changes to the lost-reason list, each audited in its own transaction. Reasons are never
// deleted: closed leads point at them, and the dashboard's counts of past months must not change.

export type LostReasonChange = { ok: true; id: string } | { ok: false; reason: "forbidden" | "not_found" | "too_many" };

export async function createLostReason(
  db: PrismaClient,
  session: AppSession,
  label: string,
): Promise<LostReasonChange> {
  if (!mayKeepLostReasons(session)) return { ok: false, reason: "forbidden" };
  return db.$transaction(async (tx): Promise<LostReasonChange> => {
    if ((await tx.lostReason.count()) >= LOST_REASONS_MAX) return { ok: false, reason: "too_many" };
    const last = await tx.lostReason.aggregate({ _max: { position: true } });
    const row = await tx.lostReason.create({
      data: { label, position: (last._max.position ?? 0) + 1 },
      select: { id: true },
    });
    await recordAudit(tx, {
      actorId: session.userId,
      action: "lostReason.created",
      entityType: "LostReason",
      entityId: row.id,
      data: { label },
    });
    return { ok: true, id: row.id };
  });
}

export async function updateLostReason(
  db: PrismaClient,
  session: AppSession,
  input: UpdateLostReasonInput,
): Promise<LostReasonChange> {
  if (!mayKeepLostReasons(session)) return { ok: false, reason: "forbidden" };
  return db.$transaction(async (tx): Promise<LostReasonChange> => {
    const before = await tx.lostReason.findUnique({ where: { id: input.id }, select: { label: true, active: true } });
    if (!before) return { ok: false, reason: "not_found" };
    if (before.label === input.label && before.active === input.active) return { ok: true, id: input.id };
    await tx.lostReason.update({ where: { id: input.id }, data: { label: input.label, active: input.active } });
    await recordAudit(tx, {
      actorId: session.userId,
      action: "lostReason.updated",
      entityType: "LostReason",
      entityId: input.id,
      data: { from: before, to: { label: input.label, active: input.active } },
    });
    return { ok: true, id: input.id };
  });
}

/** Swaps the reason with its neighbour: the order is the order the Lost dialog offers them in. */
export async function moveLostReason(
  db: PrismaClient,
  session: AppSession,
  input: { id: string; direction: "up" | "down" },
): Promise<LostReasonChange> {
  if (!mayKeepLostReasons(session)) return { ok: false, reason: "forbidden" };
  return db.$transaction(async (tx): Promise<LostReasonChange> => {
    const all = await tx.lostReason.findMany({
      orderBy: [{ position: "asc" }, { createdAt: "asc" }],
      select: { id: true },
    });
    const at = all.findIndex((r) => r.id === input.id);
    if (at < 0) return { ok: false, reason: "not_found" };
    const to = input.direction === "up" ? at - 1 : at + 1;
    if (to < 0 || to >= all.length) return { ok: true, id: input.id };
    [all[at], all[to]] = [all[to], all[at]];
    // Renumbered 1..n: positions stay dense whatever order the rows were created in.
    for (const [i, row] of all.entries()) {
      await tx.lostReason.update({ where: { id: row.id }, data: { position: i + 1 }, select: { id: true } });
    }
    await recordAudit(tx, {
      actorId: session.userId,
      action: "lostReason.updated",
      entityType: "LostReason",
      entityId: input.id,
      data: { position: { from: at + 1, to: to + 1 } },
    });
    return { ok: true, id: input.id };
  });
}
