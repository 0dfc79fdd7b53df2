import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { AppSession } from "@/server/auth/session";
import { NOTHING_SQL, uuidSql } from "./sql";

// WHO MAY SEE AND CHANGE A SAVED SEGMENT. Read: a user's own segments, plus the shared ones of
// their team and those shared by people without a team (managers); managers see every shared one.
// Change (save over, delete): the owner only — a segment is saved under its owner's name.
// A segment holds a filter, not customers: opening one still lists only the customers the reader
// may see. access-rules.test.ts checks the forms agree.

export function segmentWhere(session: AppSession): Prisma.SegmentWhereInput {
  if (session.role === "MANAGER") return { OR: [{ ownerId: session.userId }, { shared: true }] };
  if (session.role !== "SALES") return { id: { in: [] } };
  const shared: Prisma.SegmentWhereInput[] = [{ shared: true, teamId: null }];
  if (session.teamId) shared.push({ shared: true, teamId: session.teamId });
  return { OR: [{ ownerId: session.userId }, ...shared] };
}

export function segmentSql(session: AppSession, alias = "s"): Prisma.Sql {
  const s = Prisma.raw(alias);
  const mine = Prisma.sql`${s}."ownerId" = ${uuidSql(session.userId)}`;
  if (session.role === "MANAGER") return Prisma.sql`(${mine} OR ${s}.shared)`;
  if (session.role !== "SALES") return NOTHING_SQL;
  const team = session.teamId
    ? Prisma.sql`(${s}."teamId" IS NULL OR ${s}."teamId" = ${uuidSql(session.teamId)})`
    : Prisma.sql`${s}."teamId" IS NULL`;
  return Prisma.sql`(${mine} OR (${s}.shared AND ${team}))`;
}

/** Segments this user may change: their own (staff only). */
export function segmentWriteWhere(session: AppSession): Prisma.SegmentWhereInput {
  if (session.role !== "SALES" && session.role !== "MANAGER") return { id: { in: [] } };
  return { ownerId: session.userId };
}
