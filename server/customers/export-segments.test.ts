import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import Papa from "papaparse";
import { PrismaClient } from "@/generated/prisma/client";
import type { AppSession } from "@/server/auth/session";
import type { SqlClient } from "@/server/db/sql";
import { testDatabases } from "@/test/worlds/databases";
import { demoSessions } from "@/test/worlds/demo-sessions";
import { parseCustomerFilters } from "@/lib/validation/customer-filters";
import { seedDatabase } from "@/prisma/seed";
import { EXPORT_BATCH } from "./export-csv";
import { startCustomerExport } from "./export-service";
import { findCustomers } from "./list-queries";
import { getSegment, listSegments } from "./segments";

// The CSV export and saved segments against a real database: the export holds exactly the rows the
// list shows for the same filters, batch boundaries included; a marketing segment never holds a
// customer without marketing consent; segments are seen by whom they are shared with.

const db = vi.hoisted(() => ({ client: undefined as unknown }));
vi.mock("@/server/db", () => ({ getDb: async () => db.client }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));
const signedIn = vi.hoisted(() => ({ session: undefined as unknown }));
vi.mock("@/server/auth/session", () => ({ requireStaff: async () => signedIn.session }));

const NOW = new Date("2026-11-24T09:15:00Z");
const filters = (search = "") => parseCustomerFilters(new URLSearchParams(search));

// The sessions here read English, so the export is plain comma-separated UTF-8 with English headers
// (export-format.test.ts covers the dialects and languages).
async function readCsv(started: Awaited<ReturnType<typeof startCustomerExport>>) {
  if (!started?.ok) throw new Error("export refused");
  const text = await new Response(started.body).text();
  return Papa.parse<Record<string, string>>(text, { header: true, skipEmptyLines: true }).data;
}

describe.each(testDatabases)("export and segments on $name", (database) => {
  let sql: SqlClient;
  let prisma: PrismaClient;
  const as: Record<"sales" | "sales2" | "manager", AppSession> = {} as never;

  beforeAll(async () => {
    sql = await database.open();
    await seedDatabase(sql, { customers: 150, now: NOW });
    prisma = new PrismaClient({ adapter: database.prismaAdapter(sql) });
    db.client = prisma;
    Object.assign(as, await demoSessions(prisma, ["sales", "sales2", "manager"]));
    // More rows than one batch, all with the same name: only the id orders them across batches.
    await prisma.customer.createMany({
      data: Array.from({ length: EXPORT_BATCH + 5 }, (_, i) => ({
        name: '=HYPERLINK("http://evil")',
        email: `formula${i}@example.com`,
        city: "Formelby",
      })),
    });
  });

  afterAll(async () => {
    await prisma?.$disconnect();
    await sql?.close();
  });

  it("exports exactly the filtered rows, across batches, with formulas neutralised, and audits it", async () => {
    const started = await startCustomerExport(as.manager, new URLSearchParams("city=formelby"), NOW);
    const rows = await readCsv(started);
    expect(rows).toHaveLength(EXPORT_BATCH + 5);
    expect(new Set(rows.map((r) => r["Reise id"])).size).toBe(rows.length);
    expect(rows.every((r) => r.Name === '\'=HYPERLINK("http://evil")')).toBe(true);
    const audit = await prisma.auditLog.findFirstOrThrow({
      where: { action: "customers.exported" },
      orderBy: { createdAt: "desc" },
    });
    expect(audit).toMatchObject({
      actorId: as.manager.userId,
      entityType: "CustomerExport",
      data: { filters: "?city=formelby", segmentId: null, format: "csv" },
    });

    const gold = await readCsv(
      await startCustomerExport(as.manager, new URLSearchParams("tier=GOLD,PLATINUM&lead=no"), NOW),
    );
    const listed: string[] = [];
    for (let cursor: string | undefined, i = 0; i < 50; i++) {
      const page = await findCustomers(as.manager, { ...filters("tier=GOLD,PLATINUM&lead=no"), cursor }, NOW);
      listed.push(...page.rows.map((r) => r.id));
      if (!(cursor = page.nextCursor ?? undefined)) break;
    }
    expect(gold.length).toBeGreaterThan(0);
    expect(gold.map((r) => r["Reise id"]).sort()).toEqual(listed.sort());
    expect(gold.every((r) => ["Gold", "Platinum"].includes(r["Loyalty tier"]) && r["Has open lead"] === "No")).toBe(
      true,
    );
  });

  it("refuses the export to sales reps and to nobody", async () => {
    expect(await startCustomerExport(as.sales, new URLSearchParams(), NOW)).toBeNull();
    expect(await startCustomerExport(null, new URLSearchParams(), NOW)).toBeNull();
  });

  it("keeps customers without marketing consent out of a marketing segment, in the list and the export", async () => {
    const { saveSegmentAction } = await import("./segment-actions");
    signedIn.session = as.manager;
    const form = new FormData();
    form.set("name", "Without consent, supposedly");
    form.set("search", "?marketing=no&sort=name");
    form.set("marketing", "on");
    const saved = await saveSegmentAction(null, form);
    expect(saved).toMatchObject({ ok: true });
    const id = (saved as { id: string }).id;
    const segment = await getSegment(as.manager, id);
    expect(segment?.filters.marketing).toBe("yes");

    // Even a hand-edited link that asks for marketing=no gets only consenting customers.
    const rows = await readCsv(
      await startCustomerExport(as.manager, new URLSearchParams(`segment=${id}&marketing=no`), NOW),
    );
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r["Email marketing consent"] === "Yes")).toBe(true);
    const consenting = await prisma.customer.count({
      where: { erasedAt: null, consents: { some: { purpose: "MARKETING_EMAIL", granted: true } } },
    });
    expect(rows).toHaveLength(consenting);
  });

  it("shows shared segments to the owner's team and to managers, private ones to the owner only", async () => {
    const mk = (ownerId: string, teamId: string | null, name: string, shared: boolean) =>
      prisma.segment.create({ data: { name, ownerId, teamId, shared, filters: { tier: ["GOLD"], junk: 1 } } });
    await mk(as.sales.userId, as.sales.teamId, "Car team shared", true);
    await mk(as.sales.userId, as.sales.teamId, "Car private", false);
    await prisma.segment.create({
      data: { name: "Broken JSON", ownerId: as.sales.userId, teamId: as.sales.teamId, filters: "not an object" },
    });
    const names = async (s: AppSession) => (await listSegments(s)).map((x) => x.name).sort();
    expect(await names(as.sales)).toEqual(["Broken JSON", "Car private", "Car team shared"]);
    expect(await names(as.sales2)).not.toContain("Car team shared");
    expect(await names(as.sales2)).not.toContain("Car private");
    expect(await names(as.manager)).toContain("Car team shared");
    expect(await names(as.manager)).not.toContain("Car private");
    const broken = (await listSegments(as.sales)).find((s) => s.name === "Broken JSON")!;
    expect(broken.search).toBe(`?segment=${broken.id}`);
    const shared = (await listSegments(as.sales)).find((s) => s.name === "Car team shared")!;
    expect(shared.search).toBe(`?tier=GOLD&segment=${shared.id}`);
    expect(await getSegment(as.sales2, shared.id)).toBeNull();
  });
});
