import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import type { AppSession } from "@/server/auth/session";
import { customerImportWhere, mayManageImports } from "@/server/access/customer-import";
import { enqueue } from "@/server/jobs/enqueue";
import { importOptionsSchema } from "@/lib/validation/customer-import";
import { IMPORT_MAX_BYTES } from "@/lib/validation/customer-import-file";
import { customerImportCheckJob } from "./check-job";
import { enqueueImportStart } from "./import-job";

// Starting an import, choosing after the check, and cancelling. The file and the manager's choices
// are stored with the import and the check is a job: the page can be closed, and any instance can
// pick the work up. The import's state is the claim: each step moves it on only from the state it
// expects, so a double click or a second tab cannot start it twice.

export type StartResult =
  { ok: true; importId: string } | { ok: false; reason: "tooLarge" | "empty" | "options" | "team" };

export async function startImport(
  db: PrismaClient,
  session: AppSession | null,
  input: { bytes: Uint8Array; fileName: string; options: unknown },
  now: Date,
): Promise<StartResult | null> {
  if (!mayManageImports(session)) return null;
  if (input.bytes.byteLength > IMPORT_MAX_BYTES) return { ok: false, reason: "tooLarge" };
  if (!input.bytes.byteLength) return { ok: false, reason: "empty" };
  const options = importOptionsSchema.safeParse(input.options);
  if (!options.success) return { ok: false, reason: "options" };
  if (options.data.teamId && !(await db.team.findUnique({ where: { id: options.data.teamId }, select: { id: true } })))
    return { ok: false, reason: "team" };
  const importId = await db.$transaction(async (tx) => {
    const created = await tx.customerImport.create({
      data: {
        createdById: session.userId,
        fileName: input.fileName.slice(0, 200) || "import.csv",
        options: options.data,
        createdAt: now,
        file: { create: { bytes: input.bytes as Uint8Array<ArrayBuffer> } },
      },
      select: { id: true },
    });
    await enqueue(tx, customerImportCheckJob, { payload: { importId: created.id }, key: created.id });
    return created.id;
  });
  return { ok: true, importId };
}

export type DecideResult = { ok: true } | { ok: false; reason: "notFound" | "notInReview" | "nothing" };

/** After the review: import with this choice for duplicates (rows with problems are left out). */
export async function confirmImport(
  db: PrismaClient,
  session: AppSession,
  input: { importId: string; duplicates: "skip" | "update" },
): Promise<DecideResult> {
  if (!mayManageImports(session)) return { ok: false, reason: "notFound" };
  return db.$transaction(async (tx) => {
    const found = await tx.customerImport.findFirst({
      where: { AND: [customerImportWhere(session), { id: input.importId }] },
      select: { state: true, options: true, newRows: true, existingRows: true, repeatedRows: true },
    });
    if (!found) return { ok: false, reason: "notFound" } as const;
    if (found.state !== "REVIEW") return { ok: false, reason: "notInReview" } as const;
    if (found.newRows + found.existingRows + found.repeatedRows === 0) return { ok: false, reason: "nothing" } as const;
    const claimed = await tx.customerImport.updateMany({
      where: { id: input.importId, state: "REVIEW" },
      data: {
        state: "IMPORTING",
        doneRows: 0,
        options: { ...(found.options as object), duplicates: input.duplicates },
      },
    });
    if (!claimed.count) return { ok: false, reason: "notInReview" } as const;
    await enqueueImportStart(tx, input.importId);
    return { ok: true } as const;
  });
}

/** Not importing after all (the file is to be fixed, or the duplicates were a surprise). */
export async function cancelImport(
  db: PrismaClient,
  session: AppSession,
  input: { importId: string },
  now: Date,
): Promise<DecideResult> {
  if (!mayManageImports(session)) return { ok: false, reason: "notFound" };
  const claimed = await db.customerImport.updateMany({
    where: { AND: [customerImportWhere(session), { id: input.importId, state: { in: ["CHECKING", "REVIEW"] } }] },
    data: { state: "CANCELLED", finishedAt: now },
  });
  if (!claimed.count) return { ok: false, reason: "notInReview" };
  await db.customerImportFile.deleteMany({ where: { importId: input.importId } });
  return { ok: true };
}
