import "server-only";
import crypto from "node:crypto";
import { getDb } from "@/server/db";
import type { AppSession } from "@/server/auth/session";
import { mayManageCustomerData } from "@/server/access/customer";
import { recordAudit } from "@/server/audit";
import { parseImportCsv } from "@/lib/customer-import-parse";
import {
  decodeCsvBytes,
  IMPORT_MAX_BYTES,
  IMPORT_MAX_LISTED_ERRORS,
  type CustomerImportRow,
  type HeaderProblem,
  type ImportRowError,
} from "@/lib/validation/customer-import";

// Importing customers from a CSV file: managers only. The server checks the file again from scratch
// (the browser's preview is a convenience, not a check) and writes all rows in one transaction, or
// none: a file with any error imports nothing, and every error is reported so it can be fixed at once.

export type ImportResult =
  | { ok: true; imported: number }
  | {
      ok: false;
      reason: "tooLarge" | "notUtf8" | "replacementCharacters" | "empty" | "tooManyRows" | "unreadable" | "team";
    }
  | { ok: false; reason: "columns"; header: HeaderProblem }
  | { ok: false; reason: "rows"; errors: ImportRowError[]; errorCount: number };

const LOOKUP_CHUNK = 1000;
const INSERT_CHUNK = 1000;

/** Rows whose email or phone is already a (non-erased) customer's. */
async function duplicatesOfExisting(rows: CustomerImportRow[]): Promise<ImportRowError[]> {
  const db = await getDb();
  const taken = { email: new Set<string>(), phone: new Set<string>() };
  for (const field of ["email", "phone"] as const) {
    const values = [...new Set(rows.map((r) => r[field]).filter((v): v is string => !!v))];
    for (let i = 0; i < values.length; i += LOOKUP_CHUNK) {
      const chunk = values.slice(i, i + LOOKUP_CHUNK);
      // Emails are compared case-insensitively: customers typed in by hand may have capitals.
      const found =
        field === "email"
          ? await db.$queryRaw<
              { v: string }[]
            >`SELECT lower(email) AS v FROM "Customer" WHERE "erasedAt" IS NULL AND lower(email) = ANY(${chunk}::text[])`
          : await db.$queryRaw<
              { v: string }[]
            >`SELECT phone AS v FROM "Customer" WHERE "erasedAt" IS NULL AND phone = ANY(${chunk}::text[])`;
      for (const { v } of found) taken[field].add(v);
    }
  }
  const errors: ImportRowError[] = [];
  for (const r of rows) {
    for (const field of ["email", "phone"] as const) {
      if (r[field] && taken[field].has(r[field]!)) errors.push({ row: r.line, field, code: "duplicateExisting" });
    }
  }
  return errors;
}

export async function importCustomers(
  session: AppSession | null,
  bytes: Uint8Array,
  options: { teamId: string | null; fileName: string },
): Promise<ImportResult | null> {
  if (!mayManageCustomerData(session)) return null;
  if (bytes.byteLength > IMPORT_MAX_BYTES) return { ok: false, reason: "tooLarge" };
  const decoded = decodeCsvBytes(bytes);
  if (!decoded.ok) return { ok: false, reason: decoded.reason };
  const parsed = parseImportCsv(decoded.text);
  if (!parsed.ok) return parsed;
  const db = await getDb();
  if (options.teamId && !(await db.team.findUnique({ where: { id: options.teamId }, select: { id: true } })))
    return { ok: false, reason: "team" };

  const errors = [...parsed.errors, ...(await duplicatesOfExisting(parsed.rows))].sort((a, b) => a.row - b.row);
  if (errors.length)
    return { ok: false, reason: "rows", errors: errors.slice(0, IMPORT_MAX_LISTED_ERRORS), errorCount: errors.length };

  const importId = crypto.randomUUID();
  await db.$transaction(
    async (tx) => {
      for (let i = 0; i < parsed.rows.length; i += INSERT_CHUNK) {
        await tx.customer.createMany({
          data: parsed.rows
            .slice(i, i + INSERT_CHUNK)
            .map(({ name, email, phone, city }) => ({ name, email, phone, city, teamId: options.teamId })),
        });
      }
      await recordAudit(tx, {
        actorId: session.userId,
        action: "customers.imported",
        entityType: "CustomerImport",
        entityId: importId,
        data: { rows: parsed.rows.length, fileName: options.fileName.slice(0, 200), teamId: options.teamId },
      });
    },
    { timeout: 120_000 },
  );
  // A big import changes the table's shape; the embedded database has no autovacuum to notice.
  if (parsed.rows.length >= 1000) await db.$executeRawUnsafe(`ANALYZE "Customer"`);
  return { ok: true, imported: parsed.rows.length };
}

export type ImportTeam = { id: string; name: string };

/** Teams imported customers can be given to (a sales rep sees their team's customers). Managers only. */
export async function listImportTeams(session: AppSession): Promise<ImportTeam[]> {
  if (!mayManageCustomerData(session)) return [];
  const db = await getDb();
  return db.team.findMany({ select: { id: true, name: true }, orderBy: { name: "asc" }, take: 100 });
}
