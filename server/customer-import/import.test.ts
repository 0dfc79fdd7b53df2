import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PrismaClient } from "@/generated/prisma/client";
import type { AppSession } from "@/server/auth/session";
import type { SqlClient } from "@/server/db/sql";
import { testDatabases } from "@/test/worlds/databases";
import { sessionOf } from "@/test/worlds/demo-sessions";
import type { ImportOptions } from "@/lib/validation/customer-import";
import { checkImport } from "./check-job";
import type { ImportFindings } from "./findings";
import { runImport } from "./import-job";
import { cancelImport, confirmImport, startImport } from "./start";

// The import from file to customers against a real database: the check counts new rows, customers
// Reise has, repeated rows and rows with problems without writing a customer; the import then
// creates, updates or skips as the manager chose, batch by batch, and a worker that dies between
// batches (or a job that runs twice) writes nothing twice.

const NOW = new Date("2026-11-24T09:00:00Z");
const enc = (text: string) => new TextEncoder().encode(text);

function latin1(text: string): Uint8Array {
  return Uint8Array.from([...text].map((c) => c.charCodeAt(0)));
}

describe.each(testDatabases)("customer import on $name", (database) => {
  let sql: SqlClient;
  let prisma: PrismaClient;
  let manager: AppSession;
  let sales: AppSession;
  let teamId: string;
  let repId: string;

  beforeAll(async () => {
    sql = await database.open();
    prisma = new PrismaClient({ adapter: database.prismaAdapter(sql) });
    teamId = (await prisma.team.create({ data: { name: "Bil Oslo" } })).id;
    const m = await prisma.user.create({ data: { email: "leder@example.no", name: "Leder", role: "MANAGER" } });
    const s = await prisma.user.create({
      data: { email: "kari@example.no", name: "Kari Selger", role: "SALES", teamId },
    });
    repId = s.id;
    manager = sessionOf(m);
    sales = sessionOf(s);
  });

  afterAll(async () => {
    await prisma?.$disconnect();
    await sql?.close();
  });

  const options = (o: Partial<ImportOptions> & Pick<ImportOptions, "mapping">): ImportOptions => ({
    encoding: "utf-8",
    delimiter: ",",
    headerLine: 1,
    country: "NO",
    teamId: null,
    ...o,
  });

  async function started(bytes: Uint8Array, o: ImportOptions, fileName = "kunder.csv") {
    const r = await startImport(prisma, manager, { bytes, fileName, options: o }, NOW);
    if (!r?.ok) throw new Error(`start failed: ${JSON.stringify(r)}`);
    await checkImport(prisma, r.importId, NOW);
    return r.importId;
  }

  it("checks a Norwegian Excel file without writing, then imports it with owners, teams, consents and stages", async () => {
    await prisma.customer.create({
      data: { name: "Gammel Kunde", email: "ase@example.no", phone: "+4791111111", city: "Bergen" },
    });
    const before = await prisma.customer.count();
    const file = latin1(
      [
        "Navn;E-post;Telefon;Poststed;Eier;Kundereisefase;Samtykke e-postmarkedsføring",
        "Åse Ødegård;ASE@example.no;91111111;;kari@example.no;Undersøker;Ja",
        "Søren Ærø;soren@example.dk;+45 20 12 34 56;København;Kari Selger;;Nei",
        "Per Hansen;per@example.no;912 34 567;Oslo;Ola Ukjent;;",
        ";ingen-navn@example.no;;;;;",
        "Per Hansen igjen;per@example.no;;Drammen;;;",
      ].join("\r\n") + "\r\n",
    );
    const importId = await started(
      file,
      options({
        encoding: "windows-1252",
        delimiter: ";",
        mapping: ["name", "email", "phone", "city", "owner", "journeyStage", "emailConsent"],
        teamId,
      }),
      "kunder.csv",
    );
    const checked = await prisma.customerImport.findUniqueOrThrow({ where: { id: importId } });
    expect(checked).toMatchObject({
      state: "REVIEW",
      totalRows: 5,
      newRows: 2,
      existingRows: 1,
      repeatedRows: 1,
      problemRows: 1,
    });
    const findings = checked.findings as ImportFindings;
    expect(findings.problems).toEqual([expect.objectContaining({ line: 5, field: "name", code: "nameRequired" })]);
    expect(findings.repeated).toEqual([{ line: 6, firstLine: 4, field: "email" }]);
    expect(findings.unknownOwners).toEqual([{ value: "Ola Ukjent", rows: 1 }]);
    expect(await prisma.customer.count()).toBe(before);

    expect(await confirmImport(prisma, manager, { importId, duplicates: "update" })).toEqual({ ok: true });
    expect(await confirmImport(prisma, manager, { importId, duplicates: "update" })).toEqual({
      ok: false,
      reason: "notInReview",
    });
    expect(await runImport(prisma, importId, 0, NOW)).toBe("done");

    const done = await prisma.customerImport.findUniqueOrThrow({ where: { id: importId }, include: { file: true } });
    expect(done).toMatchObject({ state: "DONE", createdCount: 2, updatedCount: 2, skippedCount: 0, file: null });
    const ase = await prisma.customer.findFirstOrThrow({ where: { email: "ase@example.no" } });
    // Updated with what the file has; the empty city did not blank Bergen.
    expect(ase).toMatchObject({
      name: "Åse Ødegård",
      city: "Bergen",
      ownerId: repId,
      teamId,
      journeyStage: "RESEARCH",
    });
    const soren = await prisma.customer.findFirstOrThrow({ where: { email: "soren@example.dk" } });
    expect(soren).toMatchObject({ name: "Søren Ærø", phone: "+4520123456", ownerId: repId, teamId, locale: "nb" });
    const per = await prisma.customer.findFirstOrThrow({ where: { email: "per@example.no" } });
    // The repeated row updated the customer the earlier row created; the unknown owner left the import's team.
    expect(per).toMatchObject({
      name: "Per Hansen igjen",
      phone: "+4791234567",
      city: "Drammen",
      ownerId: null,
      teamId,
    });
    expect(
      await prisma.consent.findMany({ where: { customerId: { in: [ase.id, soren.id] } }, orderBy: { granted: "asc" } }),
    ).toEqual([
      expect.objectContaining({ customerId: soren.id, purpose: "MARKETING_EMAIL", granted: false }),
      expect.objectContaining({ customerId: ase.id, purpose: "MARKETING_EMAIL", granted: true }),
    ]);
    expect(await prisma.consentEvent.count({ where: { source: "import", customerId: ase.id } })).toBe(1);
    const changes = await prisma.customerImportChange.findMany({ where: { importId }, orderBy: { kind: "asc" } });
    expect(changes.map((c) => c.kind).sort()).toEqual(["CREATED", "CREATED", "UPDATED"]);
    const aseChange = changes.find((c) => c.customerId === ase.id)!;
    expect(aseChange.before).toMatchObject({
      fields: { name: { from: "Gammel Kunde", to: "Åse Ødegård" }, journeyStage: { from: "NEED", to: "RESEARCH" } },
      consents: { MARKETING_EMAIL: { from: null, to: true } },
    });
    // The manager was told twice, once the check waited for them and once it was done.
    const told = await prisma.notification.findMany({
      where: { kind: "CUSTOMER_IMPORT", userId: manager.userId, data: { path: ["importId"], equals: importId } },
    });
    expect(told.map((n) => (n.data as { state: string }).state).sort()).toEqual(["DONE", "REVIEW"]);
    const audit = await prisma.auditLog.findFirstOrThrow({
      where: { action: "customers.imported", entityId: importId },
    });
    expect(audit.data).toMatchObject({ created: 2, updated: 2, skipped: 0, leftOut: 1, fileName: "kunder.csv" });
  });

  it("skips customers Reise has when the manager says so, and leaves them as they were", async () => {
    await prisma.customer.create({ data: { name: "Skal Bli", email: "stay@example.no", city: "Tromsø" } });
    const importId = await started(
      enc("name,email,city\nEndret Navn,stay@example.no,Oslo\nNy Kunde,ny@example.no,Oslo\n"),
      options({ mapping: ["name", "email", "city"] }),
    );
    await confirmImport(prisma, manager, { importId, duplicates: "skip" });
    await runImport(prisma, importId, 0, NOW);
    expect(await prisma.customer.findFirstOrThrow({ where: { email: "stay@example.no" } })).toMatchObject({
      name: "Skal Bli",
      city: "Tromsø",
    });
    expect(await prisma.customerImport.findUniqueOrThrow({ where: { id: importId } })).toMatchObject({
      createdCount: 1,
      updatedCount: 0,
      skippedCount: 1,
    });
  });

  it("goes on where it stopped when a worker dies between batches, and a copy of a job writes nothing", async () => {
    const rows = Array.from({ length: 2500 }, (_, i) => `Batch ${i},batch${i}@example.no`).join("\n");
    const importId = await started(enc(`name,email\n${rows}\n`), options({ mapping: ["name", "email"] }));
    await confirmImport(prisma, manager, { importId, duplicates: "skip" });
    await expect(
      runImport(prisma, importId, 0, NOW, {
        afterBatch: () => {
          throw new Error("worker died");
        },
      }),
    ).rejects.toThrow("worker died");
    expect(await prisma.customerImport.findUniqueOrThrow({ where: { id: importId } })).toMatchObject({
      state: "IMPORTING",
      doneRows: 1000,
      createdCount: 1000,
    });
    // The runner's retry of the same job finds the import moved on: nothing to do.
    expect(await runImport(prisma, importId, 0, NOW)).toBe("stale");
    expect(await runImport(prisma, importId, 1000, NOW)).toBe("done");
    expect(await prisma.customer.count({ where: { email: { startsWith: "batch" } } })).toBe(2500);
    expect(await prisma.customerImport.findUniqueOrThrow({ where: { id: importId } })).toMatchObject({
      state: "DONE",
      createdCount: 2500,
    });
  });

  it("hands a long import over to a new job instead of holding its worker", async () => {
    const rows = Array.from({ length: 1500 }, (_, i) => `Lang ${i},lang${i}@example.no`).join("\n");
    const importId = await started(enc(`name,email\n${rows}\n`), options({ mapping: ["name", "email"] }));
    await confirmImport(prisma, manager, { importId, duplicates: "skip" });
    expect(await runImport(prisma, importId, 0, NOW, { runMs: 0 })).toBe("continued");
    const next = await prisma.job.findFirstOrThrow({
      where: { kind: "customer-import.batch", key: `${importId}:1000` },
    });
    expect(next.payload).toEqual({ importId, from: 1000 });
    expect(await runImport(prisma, importId, 1000, NOW)).toBe("done");
  });

  it("leaves the database to the rest of the app between batches: a page's query answers mid-import", async () => {
    const rows = Array.from({ length: 4000 }, (_, i) => `Under ${i},under${i}@example.no`).join("\n");
    const importId = await started(enc(`name,email\n${rows}\n`), options({ mapping: ["name", "email"] }));
    await confirmImport(prisma, manager, { importId, duplicates: "skip" });
    const running = runImport(prisma, importId, 0, NOW);
    await new Promise((resolve) => setTimeout(resolve, 30));
    const seen = await prisma.customerImport.findUniqueOrThrow({ where: { id: importId } });
    expect(seen.state).toBe("IMPORTING");
    expect(seen.doneRows).toBeLessThan(4000);
    expect(await running).toBe("done");
  });

  it("is for managers only, and a cancelled import forgets its file", async () => {
    expect(
      await startImport(
        prisma,
        sales,
        { bytes: enc("name\nA\n"), fileName: "a.csv", options: options({ mapping: ["name"] }) },
        NOW,
      ),
    ).toBeNull();
    expect(await confirmImport(prisma, sales, { importId: crypto.randomUUID(), duplicates: "skip" })).toEqual({
      ok: false,
      reason: "notFound",
    });
    const bad = await startImport(
      prisma,
      manager,
      { bytes: enc("name\nA\n"), fileName: "a.csv", options: { mapping: "x" } },
      NOW,
    );
    expect(bad).toEqual({ ok: false, reason: "options" });
    const importId = await started(enc("name\nAvbrutt\n"), options({ mapping: ["name"] }));
    expect(await cancelImport(prisma, manager, { importId }, NOW)).toEqual({ ok: true });
    expect(await prisma.customerImportFile.count({ where: { importId } })).toBe(0);
    expect(await prisma.customer.count({ where: { name: "Avbrutt" } })).toBe(0);
    expect(await confirmImport(prisma, manager, { importId, duplicates: "skip" })).toEqual({
      ok: false,
      reason: "notInReview",
    });
  });

  it("fails an import whose file cannot be read as chosen, and says why", async () => {
    const importId = await started(latin1("name\nÅse\n"), options({ mapping: ["name"] }));
    expect(await prisma.customerImport.findUniqueOrThrow({ where: { id: importId } })).toMatchObject({
      state: "FAILED",
      failure: "notUtf8",
    });
    expect(
      await prisma.notification.count({
        where: { kind: "CUSTOMER_IMPORT", data: { path: ["importId"], equals: importId } },
      }),
    ).toBe(1);
  });
});
