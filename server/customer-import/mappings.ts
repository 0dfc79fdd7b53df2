import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import type { AppSession } from "@/server/auth/session";
import { mayManageImports } from "@/server/access/customer-import";
import type { ColumnMapping, ImportCountry, ImportField } from "@/lib/customer-import/fields";
import { mappingByHeader, type SavedMapping } from "@/lib/customer-import/saved-mapping";

// Column mappings managers saved, to use again for the next file from the same place. Saving under
// a name that exists replaces it.

export async function saveImportMapping(
  db: PrismaClient,
  session: AppSession,
  input: { name: string; columns: string[]; mapping: ColumnMapping; country: ImportCountry },
  now: Date,
): Promise<void> {
  if (!mayManageImports(session)) return;
  const mapping = mappingByHeader(input.columns, input.mapping);
  await db.customerImportMapping.upsert({
    where: { name: input.name },
    create: { name: input.name, mapping, country: input.country, createdById: session.userId, createdAt: now },
    update: { mapping, country: input.country, createdById: session.userId, createdAt: now },
  });
}

export async function listImportMappings(db: PrismaClient, session: AppSession): Promise<SavedMapping[]> {
  if (!mayManageImports(session)) return [];
  const rows = await db.customerImportMapping.findMany({ orderBy: { name: "asc" }, take: 100 });
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    mapping: r.mapping as Record<string, ImportField>,
    country: r.country as ImportCountry,
  }));
}
