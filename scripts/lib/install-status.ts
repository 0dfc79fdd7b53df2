// What kind of install a database is, for the start banner: read from the
// database, not from the switch, so a demo database stays a demo install
// (with its published password) whatever the environment says later.
import type { SqlRunner } from "@/server/db/sql";

/** AppSetting key written when a production install is first prepared. */
export const PRODUCTION_MARK = "install.production";

export type InstallStatus = {
  /** Seeded with the demo dataset: staff share the password printed in the README. */
  demo: boolean;
  /** Active managers who have set a password, so can sign in. */
  managers: number;
  /** Active managers made by create-manager who have not yet used their link to set a password. */
  pendingManagers: number;
};

export async function installStatus(sql: SqlRunner): Promise<InstallStatus> {
  const [row] = await sql.query<{ demo: boolean; managers: number; pending: number }>(
    `SELECT EXISTS (SELECT 1 FROM "AuditLog" WHERE "entityType" = 'Database' AND "entityId" IS NULL AND action = 'demo.seeded') AS demo,
            (SELECT count(*)::int FROM "User" WHERE role = 'MANAGER' AND active AND "passwordHash" IS NOT NULL) AS managers,
            (SELECT count(*)::int FROM "User" WHERE role = 'MANAGER' AND active AND "passwordHash" IS NULL) AS pending`,
  );
  return { demo: Boolean(row?.demo), managers: row?.managers ?? 0, pendingManagers: row?.pending ?? 0 };
}

/**
 * Remembers that this database was prepared as a production install, so a
 * later start that forgot the switch does not seed demo staff into it while
 * it still has no users.
 */
export async function markProductionInstall(sql: SqlRunner): Promise<void> {
  await sql.query(
    `INSERT INTO "AppSetting" (key, value, "updatedAt") VALUES ($1, $2::jsonb, now()) ON CONFLICT (key) DO NOTHING`,
    [PRODUCTION_MARK, JSON.stringify({ since: new Date().toISOString() })],
  );
}

export async function isProductionInstall(sql: SqlRunner): Promise<boolean> {
  return (await sql.query(`SELECT 1 FROM "AppSetting" WHERE key = $1`, [PRODUCTION_MARK])).length > 0;
}
