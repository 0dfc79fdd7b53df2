import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { notify } from "@/server/notifications/notify";

// The manager who started an import is told, in the bell (and by digest or push as they chose), when
// it needs them or is over: the check is done and waits for their choice, the import is done, or it
// failed. They may have closed the page long before: a big file takes minutes. Ids and counts only;
// the text is composed when read (server/notifications/compose.ts).

export type ImportNews = "REVIEW" | "DONE" | "FAILED";

export async function tellImportState(
  tx: Prisma.TransactionClient,
  importId: string,
  news: ImportNews,
  now: Date,
): Promise<void> {
  const row = await tx.customerImport.findUnique({
    where: { id: importId },
    select: { createdById: true, fileName: true, createdCount: true, updatedCount: true, problemRows: true },
  });
  if (!row) return;
  await notify(tx, {
    userIds: [row.createdById],
    kind: "CUSTOMER_IMPORT",
    leadId: null,
    key: `customer-import:${importId}:${news}`,
    data: {
      importId,
      state: news,
      file: row.fileName.slice(0, 120),
      created: row.createdCount,
      updated: row.updatedCount,
      leftOut: row.problemRows,
    },
    now,
  });
}
