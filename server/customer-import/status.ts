import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import type { AppSession } from "@/server/auth/session";
import { customerImportWhere, mayManageImports } from "@/server/access/customer-import";
import type { ImportFindings } from "./findings";

// Where one import stands, for its page (which polls it while the job works): state, progress,
// counts, and for the review what the check found. Customers the file matches are named when read,
// and only while they are not erased.

export type ImportStatus = {
  id: string;
  fileName: string;
  state: "CHECKING" | "REVIEW" | "IMPORTING" | "DONE" | "CANCELLED" | "FAILED" | "UNDOING" | "UNDONE" | string;
  totalRows: number;
  doneRows: number;
  newRows: number;
  existingRows: number;
  repeatedRows: number;
  problemRows: number;
  createdCount: number;
  updatedCount: number;
  skippedCount: number;
  undoRemoved: number;
  undoKept: number;
  undoRestored: number;
  duplicates: "skip" | "update" | null;
  failure: string | null;
  createdAt: string;
  findings:
    | (Omit<ImportFindings, "existing"> & { existing: { line: number; customerId: string; name: string | null }[] })
    | null;
};

export async function getImportStatus(
  db: PrismaClient,
  session: AppSession | null,
  importId: string,
  withFindings: boolean,
): Promise<ImportStatus | null> {
  if (!mayManageImports(session)) return null;
  const row = await db.customerImport.findFirst({
    where: { AND: [customerImportWhere(session), { id: importId }] },
    select: {
      id: true,
      fileName: true,
      state: true,
      totalRows: true,
      doneRows: true,
      newRows: true,
      existingRows: true,
      repeatedRows: true,
      problemRows: true,
      createdCount: true,
      updatedCount: true,
      skippedCount: true,
      undoRemoved: true,
      undoKept: true,
      undoRestored: true,
      failure: true,
      createdAt: true,
      options: true,
      findings: withFindings,
    },
  });
  if (!row) return null;
  const duplicates = (row.options as { duplicates?: "skip" | "update" } | null)?.duplicates ?? null;
  let findings: ImportStatus["findings"] = null;
  const stored = withFindings ? (row.findings as ImportFindings | null) : null;
  if (stored) {
    const ids = [...new Set(stored.existing.map((e) => e.customerId))];
    const customers = await db.customer.findMany({
      where: { id: { in: ids }, erasedAt: null },
      select: { id: true, name: true },
    });
    const names = new Map(customers.map((c) => [c.id, c.name]));
    findings = { ...stored, existing: stored.existing.map((e) => ({ ...e, name: names.get(e.customerId) ?? null })) };
  }
  const { options: _options, findings: _findings, createdAt, ...rest } = row;
  return { ...rest, duplicates, createdAt: createdAt.toISOString(), findings };
}
