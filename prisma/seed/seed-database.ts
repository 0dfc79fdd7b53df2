import type { SqlClient, SqlRunner } from "@/server/db/sql";
import { insertRows } from "./bulk-insert";
import { DEMO_SEED, type SeedContext, createContext } from "./context";
import type { CustomerDraft } from "./customer-draft";
import { generateCustomer } from "./customer-journey";
import { scoreDraftLeads } from "./lead-score";
import { Rng } from "./random";
import type { CustomerRow, TableName, UserRow } from "./rows";
import { milestoneContentRows } from "./milestone-content";
import { seedMessageTemplates } from "./message-templates";
import { seedNotifications } from "./notifications";
import { DEMO_CUSTOMERS, scalePlan } from "./scale";
import { DEMO_CUSTOMER_LOGINS } from "./spotlight";
import { hashDemoPassword } from "./staff";
import { DAY } from "./time";

export interface SeedOptions {
  /** How many customers; the rest scales with it (see scale.ts). Default: the demo, 2,000. */
  customers?: number;
  /** The moment the data is relative to: "overdue" means overdue at this time. Default: now. */
  now?: Date;
  onProgress?: (done: number, total: number, label: string) => void;
}

export type SeedSummary = Record<TableName | "AuditLog" | "Notification", number> & {
  now: string;
  elapsedMs: number;
};

const CUSTOMERS_PER_BATCH = 1_000;
const MIN_CUSTOMERS = 20;
const MAX_CUSTOMERS = 2_000_000;

/** True when the database holds no users and no customers (or has no tables yet). */
export async function isDatabaseEmpty(sql: SqlRunner): Promise<boolean> {
  const [tables] = await sql.query<{ users: string | null; customers: string | null }>(
    `SELECT to_regclass('"User"')::text AS users, to_regclass('"Customer"')::text AS customers`,
  );
  if (!tables?.users || !tables.customers) return true;
  const rows = await sql.query(`SELECT 1 FROM "User" UNION ALL SELECT 1 FROM "Customer" LIMIT 1`);
  return rows.length === 0;
}

/** Fills an empty, migrated database with the deterministic demo data. */
export async function seedDatabase(sql: SqlClient, options: SeedOptions = {}): Promise<SeedSummary> {
  const started = performance.now();
  const customers = options.customers ?? DEMO_CUSTOMERS;
  if (!Number.isInteger(customers) || customers < MIN_CUSTOMERS || customers > MAX_CUSTOMERS) {
    throw new Error(`customers must be a whole number from ${MIN_CUSTOMERS} to ${MAX_CUSTOMERS} (got ${customers})`);
  }
  const now = (options.now ?? new Date()).getTime();
  if (Number.isNaN(now)) throw new Error("now must be a valid date");
  const [schema] = await sql.query<{ t: string | null }>(`SELECT to_regclass('"Touchpoint"')::text AS t`);
  if (!schema?.t) throw new Error("The database has no Reise tables yet: apply the migrations before seeding.");
  if (!(await isDatabaseEmpty(sql))) {
    throw new Error(
      "Refusing to seed: the database already has users or customers. The seeder only fills an empty database " +
        "(npm run seed -- --reset starts over and deletes everything).",
    );
  }

  const progress = options.onProgress ?? (() => {});
  const ctx = createContext(now, scalePlan(customers));
  const counts = Object.fromEntries(
    [
      "Team",
      "User",
      "Campaign",
      "Customer",
      "Lead",
      "Order",
      "Touchpoint",
      "FollowUp",
      "OrderEvent",
      "LoyaltyEntry",
      "Consent",
      "ConsentEvent",
      "MilestoneContent",
      "AuditLog",
      "Notification",
    ].map((t) => [t, 0]),
  ) as Record<TableName | "AuditLog" | "Notification", number>;
  progress(0, customers, "staff and campaigns");
  const passwordHash = await hashDemoPassword(new Rng(DEMO_SEED, 0xbc));
  await sql.transaction(async (tx) => {
    counts.Team += await insertRows(
      tx,
      "Team",
      Object.values(ctx.teams).map((t) => ({ ...t, createdAt: now - 900 * DAY })),
    );
    counts.User += await insertRows(tx, "User", staffRows(ctx, passwordHash));
    counts.Campaign += await insertRows(
      tx,
      "Campaign",
      ctx.campaigns.map((c) => ({ ...c, createdAt: c.startsAt - 14 * DAY })),
    );
    counts.MilestoneContent += await insertRows(
      tx,
      "MilestoneContent",
      milestoneContentRows(DEMO_SEED, now - 30 * DAY),
    );
    await seedMessageTemplates(tx, now - 30 * DAY);
  });

  const logins: CustomerRow[] = [];
  for (let from = 0; from < customers; from += CUSTOMERS_PER_BATCH) {
    const to = Math.min(customers, from + CUSTOMERS_PER_BATCH);
    const batch: { drafts: CustomerDraft[]; customers: CustomerRow[] } = { drafts: [], customers: [] };
    for (let i = from; i < to; i++) {
      const { draft, customer } = generateCustomer(ctx, i);
      scoreDraftLeads(draft, ctx.now);
      batch.drafts.push(draft);
      batch.customers.push(customer);
      if ((DEMO_CUSTOMER_LOGINS as readonly (string | null)[]).includes(customer.email)) logins.push(customer);
    }
    const all = <K extends keyof CustomerDraft>(key: K) => batch.drafts.flatMap((x) => x[key] as object[]);
    await sql.transaction(async (tx) => {
      // The dashboard's day rows and the customers' purchase figures are rebuilt once at the end, not per batch.
      await tx.exec("SET LOCAL reise.defer_lead_day_stats = on");
      counts.Customer += await insertRows(tx, "Customer", batch.customers);
      counts.Lead += await insertRows(tx, "Lead", all("leads"));
      counts.Order += await insertRows(tx, "Order", all("orders"));
      counts.Touchpoint += await insertRows(tx, "Touchpoint", all("touchpoints"));
      counts.FollowUp += await insertRows(tx, "FollowUp", all("followUps"));
      counts.OrderEvent += await insertRows(tx, "OrderEvent", all("orderEvents"));
      counts.LoyaltyEntry += await insertRows(tx, "LoyaltyEntry", all("loyalty"));
      counts.Consent += await insertRows(tx, "Consent", all("consents"));
      counts.ConsentEvent += await insertRows(tx, "ConsentEvent", all("consentEvents"));
    });
    progress(to, customers, "customers");
  }

  await sql.transaction(async (tx) => {
    counts.User += await insertRows(
      tx,
      "User",
      logins.map((c): UserRow => ({
        id: new Rng(DEMO_SEED, 0x10c1 + logins.indexOf(c)).uuid(),
        email: c.email!,
        name: c.name,
        role: "CUSTOMER",
        passwordHash: null,
        locale: c.locale,
        teamId: null,
        customerId: c.id,
        lastLoginAt: now - 3 * DAY,
        createdAt: c.createdAt,
        updatedAt: now,
      })),
    );
    await tx.query(
      `INSERT INTO "AuditLog" (id, "actorId", action, "entityType", "entityId", data, "createdAt")
       VALUES ($1::uuid, NULL, 'demo.seeded', 'Database', NULL, $2::jsonb, $3::timestamptz)`,
      [
        new Rng(DEMO_SEED, 0xa0d17).uuid(),
        JSON.stringify({ customers, now: new Date(now).toISOString() }),
        new Date(now).toISOString(),
      ],
    );
    counts.AuditLog += 1;
    counts.Notification += await seedNotifications(tx, now);
  });
  progress(customers, customers, "dashboard day rows");
  await sql.transaction(async (tx) => {
    // Filling in the customers' purchase figures changes no currency: no day rows to redo.
    await tx.exec("SET LOCAL reise.defer_lead_day_stats = on");
    await tx.exec("SELECT reise_customer_purchases_rebuild()");
  });
  await sql.exec("SELECT reise_lead_day_rebuild()");
  // Fresh statistics and a visibility map: an embedded database has no autovacuum,
  // so without this every plan on a just-seeded PGlite is a guess and no index-only
  // scan is possible (the dashboard's 12 months: 1.6 → 1.3 s, see docs/kpis.md).
  progress(customers, customers, "statistics (VACUUM ANALYZE)");
  await sql.exec("VACUUM ANALYZE");
  progress(customers, customers, "done");
  return { ...counts, now: new Date(now).toISOString(), elapsedMs: Math.round(performance.now() - started) };
}

function staffRows(ctx: SeedContext, passwordHash: string): UserRow[] {
  return ctx.staff.map((s, i) => ({
    id: s.id,
    email: s.email,
    name: s.name,
    role: s.role,
    passwordHash,
    locale: s.locale,
    teamId: s.team ? ctx.teams[s.team].id : null,
    customerId: null,
    // The reps beyond the demo cast (large sizes only) repeat the cast's spread of dates.
    lastLoginAt: ctx.now - ((i % 48) + 1) * 3_600_000,
    createdAt: ctx.now - (700 - (i % 16) * 40) * DAY,
    updatedAt: ctx.now,
  }));
}
