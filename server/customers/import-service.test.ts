import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { PrismaClient } from "@/generated/prisma/client";
import type { AppSession } from "@/server/auth/session";
import type { SqlClient } from "@/server/db/sql";
import { testDatabases } from "@/test/worlds/databases";
import { IMPORT_MAX_BYTES } from "@/lib/validation/customer-import";
import { importCustomers } from "./import-service";

// The server side of the customer import against a real database: all rows or none, duplicates of
// existing customers found, managers only, one audit row per import.

const db = vi.hoisted(() => ({ client: undefined as unknown }));
vi.mock("@/server/db", () => ({ getDb: async () => db.client }));

const bytes = (text: string) => new TextEncoder().encode(text);

describe.each(testDatabases)("importCustomers on $name", (database) => {
  let sql: SqlClient;
  let prisma: PrismaClient;
  let manager: AppSession;
  let sales: AppSession;
  let teamId: string;

  beforeAll(async () => {
    sql = await database.open();
    prisma = new PrismaClient({ adapter: database.prismaAdapter(sql) });
    db.client = prisma;
    teamId = (await prisma.team.create({ data: { name: "Bil" } })).id;
    const m = await prisma.user.create({ data: { email: "m@example.no", name: "M", role: "MANAGER" } });
    const s = await prisma.user.create({ data: { email: "s@example.no", name: "S", role: "SALES", teamId } });
    const session = (u: typeof m): AppSession => ({
      userId: u.id,
      role: u.role,
      email: u.email,
      name: u.name,
      locale: "en",
      timeZone: "Europe/Oslo",
      teamId: u.teamId,
      customerId: null,
    });
    [manager, sales] = [session(m), session(s)];
    await prisma.customer.create({ data: { name: "Existing", email: "Taken@Example.no", phone: "+4790000000" } });
  });

  afterAll(async () => {
    await prisma?.$disconnect();
    await sql?.close();
  });

  const count = () => prisma.customer.count();

  it("imports every row of a good file in one go, with the chosen team, and audits it", async () => {
    const before = await count();
    const many = Array.from(
      { length: 2500 },
      (_, i) => `Kunde ${i},kunde${i}@example.no,+4741${String(i).padStart(6, "0")},Oslo`,
    ).join("\n");
    const result = await importCustomers(manager, bytes(`name,email,phone,city\n${many}\n`), {
      teamId,
      fileName: "kunder.csv",
    });
    expect(result).toEqual({ ok: true, imported: 2500 });
    expect(await count()).toBe(before + 2500);
    expect(await prisma.customer.count({ where: { teamId, email: { startsWith: "kunde" } } })).toBe(2500);
    const audit = await prisma.auditLog.findFirstOrThrow({ where: { action: "customers.imported" } });
    expect(audit).toMatchObject({
      actorId: manager.userId,
      entityType: "CustomerImport",
      data: { rows: 2500, fileName: "kunder.csv", teamId },
    });
  });

  it("imports nothing when one row is bad, and reports every problem with its line", async () => {
    const before = await count();
    const file =
      "name;email;phone\nGod Rad;god@example.no;\n;ingen-navn@example.no;\nDobbel;TAKEN@example.no;\nTelefon;;+47 900 00 000\n";
    const result = await importCustomers(manager, bytes(file), { teamId: null, fileName: "x.csv" });
    expect(result).toEqual({
      ok: false,
      reason: "rows",
      errorCount: 3,
      errors: [
        { row: 3, field: "name", code: "nameRequired" },
        { row: 4, field: "email", code: "duplicateExisting" },
        { row: 5, field: "phone", code: "duplicateExisting" },
      ],
    });
    expect(await count()).toBe(before);
  });

  it("refuses bad files before touching the database, and anyone but a manager", async () => {
    const before = await count();
    expect(
      await importCustomers(manager, new Uint8Array(IMPORT_MAX_BYTES + 1), { teamId: null, fileName: "" }),
    ).toEqual({ ok: false, reason: "tooLarge" });
    expect(
      await importCustomers(manager, Uint8Array.from([0x6e, 0x61, 0x6d, 0x65, 0x0a, 0xf8]), {
        teamId: null,
        fileName: "",
      }),
    ).toEqual({ ok: false, reason: "notUtf8" });
    expect(await importCustomers(manager, bytes("navn\nKari\n"), { teamId: null, fileName: "" })).toMatchObject({
      ok: false,
      reason: "columns",
    });
    expect(
      await importCustomers(manager, bytes("name\nKari\n"), { teamId: crypto.randomUUID(), fileName: "" }),
    ).toEqual({ ok: false, reason: "team" });
    expect(await importCustomers(sales, bytes("name\nKari\n"), { teamId: null, fileName: "" })).toBeNull();
    expect(await importCustomers(null, bytes("name\nKari\n"), { teamId: null, fileName: "" })).toBeNull();
    expect(await count()).toBe(before);
  });
});
