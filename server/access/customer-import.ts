import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { AppSession } from "@/server/auth/session";
import { mayManageCustomerData } from "./customer";
import { NOTHING_SQL } from "./sql";

// WHO MAY SEE AND CHANGE CUSTOMER IMPORTS: managers, every import (whoever started it). An import
// is bulk work on customers' personal data (server/access/customer.ts mayManageCustomerData), and
// its history names files and people, so sales reps see none of it. One rule for the wizard, the
// import job's callers, the history and undo. access-rules.test.ts checks the forms agree.

export class ImportAccessError extends Error {
  constructor() {
    super("Customer imports are for managers only");
    this.name = "ImportAccessError";
  }
}

/** May this user start, read, continue or undo imports? */
export function mayManageImports(session: AppSession | null): session is AppSession {
  return mayManageCustomerData(session);
}

export function customerImportWhere(session: AppSession): Prisma.CustomerImportWhereInput {
  return mayManageImports(session) ? {} : { id: { in: [] } };
}

export function customerImportSql(session: AppSession): Prisma.Sql {
  return mayManageImports(session) ? Prisma.sql`TRUE` : NOTHING_SQL;
}

/** For services no caller should reach on anyone else's behalf: throws for anyone but a manager. */
export function assertMayManageImports(session: AppSession | null): asserts session is AppSession {
  if (!mayManageImports(session)) throw new ImportAccessError();
}
