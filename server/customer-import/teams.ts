import "server-only";
import { getDb } from "@/server/db";
import type { AppSession } from "@/server/auth/session";
import { mayManageImports } from "@/server/access/customer-import";

// The teams an import can give customers to (a sales rep sees their team's customers). The import
// itself is server/customer-import/.

export type ImportTeam = { id: string; name: string };

export async function listImportTeams(session: AppSession): Promise<ImportTeam[]> {
  if (!mayManageImports(session)) return [];
  const db = await getDb();
  return db.team.findMany({ select: { id: true, name: true }, orderBy: { name: "asc" }, take: 100 });
}
