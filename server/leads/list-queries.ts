import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { getDb } from "@/server/db";
import { findRepName } from "@/server/users/rep-queries";
import type { AppSession } from "@/server/auth/session";
import { leadSql, leadSqlBranches, leadWhere } from "@/server/access/lead";
import { assertStaff } from "@/server/access/staff";
import { decodeKeyset, keysetAfter, keysetOrderBy } from "@/server/lists/keyset";
import { readListPage, type ListPage } from "@/server/lists/list-page";
import { PAGE_SIZE, type LeadChannel, type OpenStage } from "@/lib/validation/lead-filter-options";
import { type LeadFilters } from "@/lib/validation/lead-filters";
import { parseSearchTerms } from "@/lib/search/terms";
import { customerIdByWordsSql } from "@/server/search/match-sql";
import { leadSortKeys, leadSortTag } from "./list-sort-keys";
import { clickThroughSql, outcomeSql, viewSql } from "./list-filter-sql";

// The lead list: authorize, scope, filter, one keyset page (server/lists/). Raw SQL (one PostgreSQL dialect, runs
// on PGlite and PostgreSQL) because the order needs NULLS LAST keysets that Prisma's cursor API
// cannot express. The EXPLAIN behind the indexes is in the commit that added them.

export type LeadListRow = {
  id: string;
  customerName: string;
  customerEmail: string | null;
  customerPhone: string | null;
  interest: string;
  sourceChannel: LeadChannel;
  campaignName: string | null;
  /** An open stage in the work list; WON or LOST when a click-through asks for closed leads. */
  stage: OpenStage | "WON" | "LOST";
  score: number;
  readiness: "HOT" | "WARM" | "SLOW";
  /** ISO timestamps: the response clock and the next follow-up. */
  waitingSince: string | null;
  slaDueAt: string | null;
  firstResponseAt: string | null;
  firstResponseMinutes: number | null;
  nextFollowUpAt: string | null;
  /** null: unassigned. */
  ownerName: string | null;
  /** The lead's version as read: a bulk action sends it back so a lead changed since is skipped. */
  version: number;
};

export type LeadPage = ListPage<LeadListRow>;

/**
 * Who sees what: the lead rule (server/access/lead.ts), then the owner chips, which only narrow it.
 * Shared with the pipeline board (board-queries.ts), which shows the same leads by stage.
 */
export function scopeSql(session: AppSession, f: LeadFilters): Prisma.Sql {
  return Prisma.join([leadSql(session, "l"), ...chipsSql(session, f)], " AND ");
}

/**
 * The same scope as conditions that never overlap, one per branch of the lead rule (own;
 * unassigned of the team): their OR is scopeSql. A query that reads each as its own UNION ALL part
 * is two range scans of an (ownerId, …) index where the OR scans every open lead (the board).
 */
export function scopeSqlBranches(session: AppSession, f: LeadFilters): Prisma.Sql[] {
  const chips = chipsSql(session, f);
  return leadSqlBranches(session, "l").map((branch) => Prisma.join([branch, ...chips], " AND "));
}

function chipsSql(session: AppSession, f: LeadFilters): Prisma.Sql[] {
  const me = Prisma.sql`${session.userId}::uuid`;
  const parts: Prisma.Sql[] = [];
  // Only managers may look at one rep's leads; for anyone else the param is ignored, not trusted.
  if (f.rep && session.role === "MANAGER") parts.push(Prisma.sql`l."ownerId" = ${f.rep}::uuid`);
  else if (f.scope === "mine") parts.push(Prisma.sql`l."ownerId" = ${me}`);
  else if (f.scope === "unassigned") parts.push(Prisma.sql`l."ownerId" IS NULL`);
  // A team is its members' leads, as the dashboard counts them (server/access/dashboard.ts).
  if (f.team && session.role === "MANAGER") {
    parts.push(Prisma.sql`l."ownerId" IN (SELECT u.id FROM "User" u WHERE u."teamId" = ${f.team}::uuid)`);
  }
  return parts;
}

function filterSql(f: LeadFilters, now: Date): Prisma.Sql {
  const stages = f.stage.length
    ? Prisma.sql`l.stage IN (${Prisma.join(f.stage.map((s) => Prisma.sql`${s}::"LeadStage"`))})`
    : null;
  // Chosen open stages say "open" on their own, and the open-lead indexes' predicate follows from
  // them. Both conditions made the planner multiply their selectivities: 1M customers, "new and
  // contacted" expected 1,962 leads for 47,025, and it sorted all of them instead of walking an index.
  const parts: Prisma.Sql[] = [stages && f.outcome === "open" ? stages : outcomeSql(f), viewSql(f)];
  if (stages && f.outcome !== "open") parts.push(stages);
  return Prisma.join([...parts, narrowSql(f, now)], " AND ");
}

/**
 * The filter bar's narrowing (readiness, channel, campaign, overdue, search) without the list's view
 * and stages: the board (board-queries.ts) shows every open lead by stage under the same filters.
 * Reads the lead (`l`) only: the board's totals do not join its customer.
 */
export function narrowSql(f: LeadFilters, now: Date): Prisma.Sql {
  const parts: Prisma.Sql[] = [Prisma.sql`TRUE`];
  // Parameters cast to the column's enum, never the column to text: a cast column hides its
  // statistics, the planner then expects 2 rows instead of thousands and joins before it sorts
  // (PGlite, 100k customers, stage + channel filter: 175 ms → see BENCHMARKS.md).
  if (f.readiness) parts.push(Prisma.sql`l.readiness = ${f.readiness}::"Readiness"`);
  if (f.channel) parts.push(Prisma.sql`l."sourceChannel" = ${f.channel}::"Channel"`);
  if (f.campaign) parts.push(Prisma.sql`l."campaignId" = ${f.campaign}::uuid`);
  parts.push(clickThroughSql(f, now));
  if (f.overdue) {
    // Overdue: the response promise is broken, or the follow-up we set is in the past.
    const at = Prisma.sql`${now.toISOString()}::timestamptz`;
    parts.push(Prisma.sql`(l."slaDueAt" <= ${at} OR l."nextFollowUpAt" < ${at})`);
  }
  // The customer search's reading of the text (server/search/match-sql.ts): folded word prefixes of
  // the customer's name, e-mail and phone, so "muller" and "0047 912…" find here what the top bar's
  // search finds, and its "see all open leads" shows the same leads.
  if (f.q) parts.push(customerIdByWordsSql(parseSearchTerms(f.q), Prisma.sql`l."customerId"`) ?? Prisma.sql`FALSE`);
  return Prisma.join(parts, " AND ");
}

type RawRow = Omit<LeadListRow, "waitingSince" | "slaDueAt" | "firstResponseAt" | "nextFollowUpAt"> &
  Record<
    "waitingSince" | "slaDueAt" | "firstResponseAt" | "nextFollowUpAt" | "lastActivityAt" | "createdAt",
    Date | string | null
  >;

const iso = (v: Date | string | null) => (v === null ? null : new Date(v).toISOString());

/**
 * A row as the page sends it. The last activity and creation times are read only for the sort's
 * keyset cursor (toListPage reads them from the raw row); the page shows neither, and every field
 * here travels twice, in the HTML and in the data the list hydrates from.
 */
function toRow({ lastActivityAt: _activity, createdAt: _created, ...r }: RawRow): LeadListRow {
  return {
    ...r,
    waitingSince: iso(r.waitingSince),
    slaDueAt: iso(r.slaDueAt),
    firstResponseAt: iso(r.firstResponseAt),
    nextFollowUpAt: iso(r.nextFollowUpAt),
  };
}

/** The page's SQL, exported for EXPLAIN (see the commit adding the indexes). */
export function leadListSql(session: AppSession, filters: LeadFilters, now: Date): Prisma.Sql {
  const keys = leadSortKeys(filters.sort, filters.reverse);
  const cursor = decodeKeyset(leadSortTag(filters.sort, filters.reverse), keys, filters.cursor);
  return Prisma.sql`
    SELECT l.id, l.interest, l."sourceChannel"::text AS "sourceChannel", l.stage::text AS stage, l.score,
           l.readiness::text AS readiness, l."waitingSince", l."slaDueAt", l."firstResponseAt",
           l."firstResponseMinutes", l."nextFollowUpAt", l."lastActivityAt", l."createdAt",
           c.name AS "customerName", c.email AS "customerEmail", c.phone AS "customerPhone",
           camp.name AS "campaignName", o.name AS "ownerName",
           l.version
      FROM "Lead" l
      JOIN "Customer" c ON c.id = l."customerId"
      LEFT JOIN "Campaign" camp ON camp.id = l."campaignId"
      LEFT JOIN "User" o ON o.id = l."ownerId"
     WHERE ${scopeSql(session, filters)}
       AND ${filterSql(filters, now)}
       AND ${cursor ? keysetAfter("l", keys, cursor) : Prisma.sql`TRUE`}
     ORDER BY ${keysetOrderBy("l", keys)}
     LIMIT ${PAGE_SIZE + 1}`;
}

/** One page of the lead list for this user. Throws for anyone who is not staff. */
export async function findLeads(session: AppSession | null, filters: LeadFilters, now = new Date()): Promise<LeadPage> {
  assertStaff(session);
  const db = await getDb();
  return readListPage(
    db,
    leadListSql(session, filters, now),
    PAGE_SIZE,
    { sort: leadSortTag(filters.sort, filters.reverse), keys: leadSortKeys(filters.sort, filters.reverse) },
    toRow,
  );
}

/** Names for the campaign, team and rep chips (and the rep field); looked up only when the URL carries them. */
export async function findFilterNames(
  session: AppSession | null,
  f: LeadFilters,
): Promise<{ campaign: string | null; team: string | null; rep: string | null }> {
  assertStaff(session);
  const db = await getDb();
  const [campaign, team, rep] = await Promise.all([
    f.campaign ? db.campaign.findUnique({ where: { id: f.campaign }, select: { name: true } }) : null,
    f.team && session.role === "MANAGER" ? db.team.findUnique({ where: { id: f.team }, select: { name: true } }) : null,
    findRepName(session, f.rep),
  ]);
  return { campaign: campaign?.name ?? null, team: team?.name ?? null, rep };
}

export type LeadChanges = {
  count: number;
  /** The changed leads, newest change first (at most 50), and whether each is new: the list marks them once shown. */
  changed: { id: string; isNew: boolean }[];
  /** The newest leads created since (at most 3), by name: a new lead may sort onto any page. */
  created: { id: string; customerName: string }[];
};

const CHANGED_IDS = 50;
const CREATED_NAMED = 3;

/**
 * Leads in this user's scope created or changed after `since`: the live list's "N new" poll.
 * Served by the updatedAt index: a poll touches only the few rows changed since the page loaded.
 */
export async function findLeadChanges(session: AppSession | null, since: Date): Promise<LeadChanges> {
  assertStaff(session);
  const db = await getDb();
  const where = { AND: [leadWhere(session), { updatedAt: { gt: since } }] };
  const [count, changed] = await Promise.all([
    db.lead.count({ where }),
    db.lead.findMany({
      where,
      orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
      take: CHANGED_IDS,
      select: { id: true, createdAt: true, customer: { select: { name: true } } },
    }),
  ]);
  return {
    count,
    changed: changed.map((lead) => ({ id: lead.id, isNew: lead.createdAt > since })),
    created: changed
      .filter((lead) => lead.createdAt > since)
      .slice(0, CREATED_NAMED)
      .map((lead) => ({ id: lead.id, customerName: lead.customer.name })),
  };
}
