import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { AppSession } from "@/server/auth/session";
import { leadSql } from "@/server/access/lead";
import { assertStaff } from "@/server/access/staff";
import { getDb } from "@/server/db";
import { decodeKeyset, keyCol, keysetAfter, keysetOrderBy } from "@/server/lists/keyset";
import { readListPage, type ListPage } from "@/server/lists/list-page";
import type { Currency } from "@/lib/format-money";
import { CLOSED_PAGE_SIZE, type ClosedOutcome } from "@/lib/validation/closed-lead-options";
import type { ClosedLeadFilters } from "@/lib/validation/closed-lead-filters";
import { localDateTimeToUtc } from "@/lib/validation/local-date-time";
import { closedStageSql } from "./closed-stage-sql";

// The Closed view: won and lost leads in the reader's lead scope (server/access/lead.ts), newest
// closed first, one keyset page at a time on Lead_closed_idx (closedAt DESC, id). Raw SQL like the
// open list (list-queries.ts), so the stage condition stays a literal the partial index matches.

export type ClosedLeadRow = {
  id: string;
  customerName: string;
  customerEmail: string | null;
  interest: string;
  outcome: ClosedOutcome;
  /** The label of the reason from the managers' list (see REASON_LABEL); null when none was picked. */
  reasonLabel: string | null;
  /** The free text the rep wrote when the lead was lost. */
  lostReason: string | null;
  /** ISO instant. */
  closedAt: string;
  valueMinor: number;
  currency: Currency;
  /** null: unassigned. */
  ownerName: string | null;
};

export type ClosedLeadPage = ListPage<ClosedLeadRow>;

/** The one sort: newest closed first, ties by id in the index's own order. */
export const CLOSED_SORT = { sort: "closed", keys: [keyCol("closedAt", "desc", "ts"), keyCol("id", "asc", "uuid")] };

// The structured lost reason (Lead.lostReasonId → LostReason.label, server/lost-reasons/): one
// primary-key lookup per row shown.
const REASON_LABEL = Prisma.sql`(SELECT lr.label FROM "LostReason" lr WHERE lr.id = l."lostReasonId")`;

const likePattern = (q: string) => `%${q.replace(/[\\%_]/g, (m) => `\\${m}`)}%`;

function filterSql(session: AppSession, f: ClosedLeadFilters): Prisma.Sql {
  const parts: Prisma.Sql[] = [leadSql(session, "l"), closedStageSql("l")];
  if (f.outcome) parts.push(Prisma.sql`l.stage = ${f.outcome}::"LeadStage"`);
  // Only managers may look at one rep's leads; for anyone else the param is ignored, not trusted.
  if (f.owner && session.role === "MANAGER") parts.push(Prisma.sql`l."ownerId" = ${f.owner}::uuid`);
  if (f.channel) parts.push(Prisma.sql`l."sourceChannel" = ${f.channel}::"Channel"`);
  // Days are the reader's own calendar days: "to" includes the whole day.
  const from = f.from ? localDateTimeToUtc(`${f.from}T00:00`, session.timeZone) : null;
  const toStart = f.to ? localDateTimeToUtc(`${f.to}T00:00`, session.timeZone) : null;
  if (from) parts.push(Prisma.sql`l."closedAt" >= ${from.toISOString()}::timestamptz`);
  if (toStart) {
    const to = new Date(toStart.getTime() + 24 * 60 * 60_000);
    parts.push(Prisma.sql`l."closedAt" < ${to.toISOString()}::timestamptz`);
  }
  if (f.q) {
    const like = likePattern(f.q);
    parts.push(Prisma.sql`(c.name ILIKE ${like} OR c.email ILIKE ${like} OR l.interest ILIKE ${like})`);
  }
  return Prisma.join(parts, " AND ");
}

/** The page's SQL, exported for EXPLAIN. */
export function closedLeadsSql(session: AppSession, filters: ClosedLeadFilters): Prisma.Sql {
  const cursor = decodeKeyset(CLOSED_SORT.sort, CLOSED_SORT.keys, filters.cursor);
  return Prisma.sql`
    SELECT l.id, l.interest, l.stage::text AS outcome, l."lostReason",
           ${REASON_LABEL} AS "reasonLabel", l."closedAt", l."valueMinor",
           c.name AS "customerName", c.email AS "customerEmail",
           c.currency::text AS currency, o.name AS "ownerName"
      FROM "Lead" l
      JOIN "Customer" c ON c.id = l."customerId"
      LEFT JOIN "User" o ON o.id = l."ownerId"
     WHERE ${filterSql(session, filters)}
       AND l."closedAt" IS NOT NULL
       AND ${cursor ? keysetAfter("l", CLOSED_SORT.keys, cursor) : Prisma.sql`TRUE`}
     ORDER BY ${keysetOrderBy("l", CLOSED_SORT.keys)}
     LIMIT ${CLOSED_PAGE_SIZE + 1}`;
}

type RawRow = Omit<ClosedLeadRow, "closedAt"> & { closedAt: Date | string };

/** One page of won and lost leads this user may see. Throws for anyone who is not staff. */
export async function findClosedLeads(session: AppSession | null, filters: ClosedLeadFilters): Promise<ClosedLeadPage> {
  assertStaff(session);
  const db = await getDb();
  return readListPage(db, closedLeadsSql(session, filters), CLOSED_PAGE_SIZE, CLOSED_SORT, (r: RawRow) => ({
    ...r,
    closedAt: new Date(r.closedAt).toISOString(),
  }));
}
