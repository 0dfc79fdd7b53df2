import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { getDb } from "@/server/db";
import type { CustomerAccess } from "@/server/access/customer-access";
import { leadSql } from "@/server/access/lead";
import { closedStageSql } from "@/server/leads/closed-stage-sql";

// The customer's won and lost leads on their page, newest closed first, beside the open ones in the
// header. Like the open leads, every closed lead is listed (the customer rule let the reader in),
// but only those the lead rule lets them open are linked and show their value and reason: another
// rep's deal says won or lost and when, not what it was worth or why it was lost.

export const CLOSED_LEADS_SHOWN = 10;

export type CustomerClosedLead = {
  id: string;
  interest: string;
  outcome: "WON" | "LOST";
  closedAt: Date;
  canOpen: boolean;
  /** null when the reader may not open the lead. */
  valueMinor: number | null;
  lostReason: string | null;
  /** The structured reason's label once lost reasons are data; null today (see closed-queries.ts). */
  reasonLabel: string | null;
};

type Raw = Omit<CustomerClosedLead, "closedAt"> & { closedAt: Date | string };

export async function getCustomerClosedLeads(
  access: CustomerAccess,
): Promise<{ rows: CustomerClosedLead[]; total: number }> {
  const db = await getDb();
  const where = Prisma.sql`l."customerId" = ${access.customerId}::uuid AND ${closedStageSql("l")}`;
  const [rows, counted] = await Promise.all([
    db.$queryRaw<Raw[]>`
      SELECT l.id, l.interest, l.stage::text AS outcome, l."closedAt", l."valueMinor", l."lostReason",
             NULL::text AS "reasonLabel", ${leadSql(access.session, "l")} AS "canOpen"
        FROM "Lead" l
       WHERE ${where}
       ORDER BY l."closedAt" DESC NULLS LAST, l.id
       LIMIT ${CLOSED_LEADS_SHOWN}`,
    db.$queryRaw<{ n: number }[]>`SELECT count(*)::int AS n FROM "Lead" l WHERE ${where}`,
  ]);
  return {
    rows: rows.map((r) => ({
      ...r,
      closedAt: new Date(r.closedAt),
      valueMinor: r.canOpen ? r.valueMinor : null,
      lostReason: r.canOpen ? r.lostReason : null,
      reasonLabel: r.canOpen ? r.reasonLabel : null,
    })),
    total: counted[0]?.n ?? 0,
  };
}
