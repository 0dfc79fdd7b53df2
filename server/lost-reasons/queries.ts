import "server-only";
import type { Prisma, PrismaClient } from "@/generated/prisma/client";
import type { AppSession } from "@/server/auth/session";
import { mayKeepLostReasons, mayReadLostReasons } from "@/server/access/lost-reason";
import { getDb } from "@/server/db";

// Reads of the lost-reason list, for the Lost dialog, the follow-up form, the Closed view and the
// dashboard. Not personal data and not scoped: every member of staff sees the same list.

export type LostReasonOption = { id: string; label: string };
export type LostReasonRow = LostReasonOption & { active: boolean; position: number };

type Reader = PrismaClient | Prisma.TransactionClient;

/** The reasons a rep may pick today, in the managers' order. */
export async function listLostReasons(db: Reader): Promise<LostReasonOption[]> {
  return db.lostReason.findMany({
    where: { active: true },
    orderBy: [{ position: "asc" }, { createdAt: "asc" }],
    select: { id: true, label: true },
  });
}

/** Every reason, switched-off ones too, for Settings → Lost reasons. */
export async function listAllLostReasons(db: Reader): Promise<LostReasonRow[]> {
  return db.lostReason.findMany({
    orderBy: [{ position: "asc" }, { createdAt: "asc" }],
    select: { id: true, label: true, active: true, position: true },
  });
}

/**
 * Labels by id, switched-off reasons included (a closed lead keeps the reason it was lost for):
 * the Closed view and the dashboard name the reasons they count with it.
 */
export async function lostReasonLabels(db: Reader, ids?: readonly string[]): Promise<Map<string, string>> {
  const rows = await db.lostReason.findMany({
    where: ids ? { id: { in: [...new Set(ids)] } } : {},
    select: { id: true, label: true },
  });
  return new Map(rows.map((r) => [r.id, r.label]));
}

/** A reason a lead may be lost for now: it exists and is switched on. */
export async function isActiveLostReason(db: Reader, id: string): Promise<boolean> {
  return (await db.lostReason.count({ where: { id, active: true } })) > 0;
}

/** The pickable reasons for a page (the Lost dialog, the follow-up form); nothing for non-staff. */
export async function getLostReasonOptions(session: AppSession | null): Promise<LostReasonOption[]> {
  if (!mayReadLostReasons(session)) return [];
  return listLostReasons(await getDb());
}

/** Settings → Lost reasons' list; null (the page answers 404) for anyone but a manager. */
export async function getLostReasonSettings(session: AppSession): Promise<LostReasonRow[] | null> {
  if (!mayKeepLostReasons(session)) return null;
  return listAllLostReasons(await getDb());
}
