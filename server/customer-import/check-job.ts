import "server-only";
import { z } from "zod";
import type { PrismaClient } from "@/generated/prisma/client";
import { importOptionsSchema } from "@/lib/validation/customer-import";
import { defineJob } from "@/server/jobs/define";
import { countValues, LISTED_FINDINGS, type ImportFindings } from "./findings";
import { breathe } from "./breathe";
import { existingFor, findExisting, ownerOf, resolveReferences, teamOf } from "./lookups";
import { readImportFile } from "./read-file";
import { tellImportState } from "./tell";

// The first half of an import: read the whole file the way the manager mapped it, validate every
// row, and look up which rows are customers Reise already has. Nothing is written to customers;
// the import waits in REVIEW for the manager's choice. Safe to run twice: it starts over.

const CHUNK = 5000;

export const customerImportCheckJob = defineJob({
  kind: "customer-import.check",
  payload: z.object({ importId: z.guid() }),
  maxAttempts: 3,
  run: ({ importId }, { prisma, now }) => checkImport(prisma, importId, now),
});

export async function checkImport(db: PrismaClient, importId: string, now: Date): Promise<void> {
  const row = await db.customerImport.findUnique({
    where: { id: importId },
    select: { state: true, options: true, file: { select: { bytes: true } } },
  });
  if (!row || row.state !== "CHECKING") return;
  const options = importOptionsSchema.safeParse(row.options);
  if (!options.success || !row.file) return fail(db, importId, "unreadable", now);
  const read = await readImportFile(row.file.bytes, options.data);
  if (!read.ok) return fail(db, importId, read.reason, now);

  await db.customerImport.update({ where: { id: importId }, data: { totalRows: read.total, doneRows: 0 } });
  const problemLines = new Set(read.problems.map((p) => p.line));
  const repeatedLines = new Set(read.duplicatesInFile.map((d) => d.line));
  const existing: ImportFindings["existing"] = [];
  let existingRows = 0;
  const unknownOwners: string[] = [];
  const unknownTeams: string[] = [];
  for (let i = 0; i < read.rows.length; i += CHUNK) {
    const chunk = read.rows.slice(i, i + CHUNK);
    const [index, refs] = await Promise.all([findExisting(db, chunk), resolveReferences(db, chunk)]);
    for (const r of chunk) {
      const id = existingFor(index, r);
      if (id && !repeatedLines.has(r.line)) {
        existingRows++;
        if (existing.length < LISTED_FINDINGS) existing.push({ line: r.line, customerId: id });
      }
      if (r.owner && !ownerOf(refs, r)) unknownOwners.push(r.owner);
      if (r.team && !teamOf(refs, r)) unknownTeams.push(r.team);
    }
    // Progress: rows read are counted when their lookups are done.
    await db.customerImport.update({
      where: { id: importId },
      data: { doneRows: Math.min(read.total, i + chunk.length + problemLines.size) },
    });
    await breathe();
  }
  const findings: ImportFindings = {
    problems: read.problems.slice(0, LISTED_FINDINGS),
    existing,
    repeated: read.duplicatesInFile.slice(0, LISTED_FINDINGS),
    unknownOwners: countValues(unknownOwners),
    unknownTeams: countValues(unknownTeams),
  };
  const repeatedRows = read.rows.filter((r) => repeatedLines.has(r.line)).length;
  await db.$transaction(async (tx) => {
    const reviewed = await tx.customerImport.updateMany({
      where: { id: importId, state: "CHECKING" },
      data: {
        state: "REVIEW",
        doneRows: read.total,
        problemRows: problemLines.size,
        existingRows,
        repeatedRows,
        newRows: read.rows.length - existingRows - repeatedRows,
        findings,
      },
    });
    if (reviewed.count) await tellImportState(tx, importId, "REVIEW", now);
  });
}

async function fail(db: PrismaClient, importId: string, failure: string, now: Date) {
  await db.$transaction(async (tx) => {
    const failed = await tx.customerImport.updateMany({
      where: { id: importId, state: { in: ["CHECKING", "IMPORTING"] } },
      data: { state: "FAILED", failure, finishedAt: now },
    });
    await tx.customerImportFile.deleteMany({ where: { importId } });
    if (failed.count) await tellImportState(tx, importId, "FAILED", now);
  });
}

export { fail as failImport };
