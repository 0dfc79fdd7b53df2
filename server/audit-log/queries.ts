import "server-only";
import type { Prisma, PrismaClient } from "@/generated/prisma/client";
import { localDateTimeToUtc } from "@/lib/validation/local-date-time";
import { AUDIT_PAGE_SIZE, type AuditFilters } from "@/lib/validation/audit-filters";
import type { AppSession } from "@/server/auth/session";
import { assertMayReadAuditLog, auditWhere } from "@/server/access/audit";
import { requireRole } from "@/server/auth/session";
import { getDb } from "@/server/db";
import { decodeKeyset, keyCol } from "@/server/lists/keyset";
import { toListPage, type ListPage } from "@/server/lists/list-page";
import { resolveAuditNames } from "./names";

// The audit log as managers read it: newest first, a page at a time by keyset
// (createdAt, id) so deep pages cost the same as the first, on the
// (createdAt desc) and (actorId, createdAt desc) indexes. Read-only: there is
// no code path that changes an audit row (server/audit.ts).

export type AuditRow = {
  id: string;
  createdAt: Date;
  action: string;
  entityType: string;
  entityId: string | null;
  actorName: string | null;
  data: unknown;
};

export type AuditPage = ListPage<AuditRow>;

/** Newest first; the cursor is tagged with this one order (server/lists/keyset.ts). */
const NEWEST = { sort: "newest", keys: [keyCol("createdAt", "desc", "ts"), keyCol("id", "desc", "uuid")] };

export async function listAuditLog(db: PrismaClient, session: AppSession, filters: AuditFilters): Promise<AuditPage> {
  assertMayReadAuditLog(session);
  // Days are the manager's own calendar days: "to" includes the whole day.
  const from = filters.from ? localDateTimeToUtc(`${filters.from}T00:00`, session.timeZone) : null;
  const toStart = filters.to ? localDateTimeToUtc(`${filters.to}T00:00`, session.timeZone) : null;
  const to = toStart ? new Date(toStart.getTime() + 24 * 60 * 60_000) : null;
  const [at, id] = decodeKeyset(NEWEST.sort, NEWEST.keys, filters.cursor) ?? [];
  const cursor = at && id ? { createdAt: new Date(at), id: String(id) } : null;
  const where: Prisma.AuditLogWhereInput = {
    ...(filters.action ? { action: filters.action } : {}),
    ...(filters.entityType ? { entityType: filters.entityType } : {}),
    ...(filters.actor ? { actorId: filters.actor } : {}),
    AND: [
      auditWhere(session),
      from || to ? { createdAt: { ...(from ? { gte: from } : {}), ...(to ? { lt: to } : {}) } } : {},
      cursor
        ? { OR: [{ createdAt: { lt: cursor.createdAt } }, { createdAt: cursor.createdAt, id: { lt: cursor.id } }] }
        : {},
    ],
  };
  const rows = await db.auditLog.findMany({
    where,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: AUDIT_PAGE_SIZE + 1,
    select: {
      id: true,
      createdAt: true,
      action: true,
      entityType: true,
      entityId: true,
      data: true,
      actor: { select: { name: true } },
    },
  });
  return toListPage(rows, AUDIT_PAGE_SIZE, NEWEST, ({ actor, ...row }) => ({ ...row, actorName: actor?.name ?? null }));
}

/** The people who can appear as actors, for the filter: staff, by name. */
export async function listAuditActors(db: PrismaClient, session: AppSession) {
  assertMayReadAuditLog(session);
  return db.user.findMany({
    where: { role: { in: ["SALES", "MANAGER"] } },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    take: 500,
    select: { id: true, name: true },
  });
}

/** /settings/audit: managers only; anyone else gets a 404. */
export async function getAuditLog(filters: AuditFilters) {
  const session = await requireRole("MANAGER");
  const db = await getDb();
  const [page, actors] = await Promise.all([listAuditLog(db, session, filters), listAuditActors(db, session)]);
  // Names for this page only, batched by kind (./names.ts): a page of 50 rows is a handful of queries.
  return { ...page, actors, names: await resolveAuditNames(db, page.rows) };
}
