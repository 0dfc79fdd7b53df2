// Ids for the detail pages and the dataset's size, read before the server
// starts (PGlite allows one process per data folder).
import type { SqlRunner } from "@/server/db/sql";
import type { SampleIds } from "./routes";
import { OPEN_STAGES } from "@/lib/lead-stages";

const SAMPLE = 40;

export async function readSampleIds(sql: SqlRunner): Promise<SampleIds> {
  const ids = async (text: string, params: unknown[] = []) =>
    (await sql.query<{ id: string }>(text, params)).map((r) => r.id);
  // Open leads of sales@reise.test: what a rep opens from their list (and may log a follow-up on).
  const leadId = await ids(
    `SELECT l.id FROM "Lead" l JOIN "User" u ON u.id = l."ownerId"
     WHERE u.email = 'sales@reise.test' AND l.stage IN (${OPEN_STAGES.map((s) => `'${s}'`).join(", ")})
     ORDER BY l."createdAt" DESC LIMIT $1`,
    [SAMPLE],
  );
  const customerId = await ids(
    `SELECT DISTINCT l."customerId" AS id FROM "Lead" l JOIN "User" u ON u.id = l."ownerId"
     WHERE u.email = 'sales@reise.test' LIMIT $1`,
    [SAMPLE],
  );
  const orderId = await ids(
    `SELECT o.id FROM "Order" o JOIN "User" u ON u."customerId" = o."customerId"
     WHERE u.email = 'customer@reise.test' ORDER BY o."placedAt" DESC LIMIT $1`,
    [SAMPLE],
  );
  return { leadId, customerId, orderId };
}

export async function readCounts(sql: SqlRunner): Promise<Record<string, number>> {
  const tables = ["Customer", "Lead", "Touchpoint", "FollowUp", "Order"];
  const [row] = await sql.query<Record<string, string>>(
    `SELECT ${tables.map((t) => `(SELECT count(*) FROM "${t}") AS "${t}"`).join(", ")}`,
  );
  return Object.fromEntries(tables.map((t) => [t, Number(row[t])]));
}
