import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { AppSession } from "@/server/auth/session";
import { NOTHING_SQL } from "./sql";

// WHO MAY READ THE AUDIT LOG: managers, all of it. Nobody changes it (server/audit.ts).

export class AuditAccessError extends Error {
  constructor() {
    super("The audit log is for managers only");
    this.name = "AuditAccessError";
  }
}

export function auditWhere(session: AppSession): Prisma.AuditLogWhereInput {
  return session.role === "MANAGER" ? {} : { id: { in: [] } };
}

export function auditSql(session: AppSession): Prisma.Sql {
  return session.role === "MANAGER" ? Prisma.sql`TRUE` : NOTHING_SQL;
}

/** The audit log's reads throw for anyone else: no caller should ever ask for it on their behalf. */
export function assertMayReadAuditLog(session: AppSession): void {
  if (session.role !== "MANAGER") throw new AuditAccessError();
}
