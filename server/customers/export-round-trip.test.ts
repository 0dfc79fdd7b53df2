import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { PrismaClient } from "@/generated/prisma/client";
import type { AppSession } from "@/server/auth/session";
import type { SqlClient } from "@/server/db/sql";
import { testDatabases } from "@/test/worlds/databases";
import { decodeImportBytes, detectEncoding } from "@/lib/customer-import/decode";
import { suggestMapping } from "@/lib/customer-import/presets";
import { sniffCsv } from "@/lib/customer-import/sniff";
import { checkImport } from "@/server/customer-import/check-job";
import { runImport } from "@/server/customer-import/import-job";
import { confirmImport, startImport } from "@/server/customer-import/start";
import { startCustomerExport } from "./export-service";

// Export → import changes nothing: the file the export writes, read the way the import wizard reads
// it (encoding, delimiter and header guessed, columns mapped by the "Reise" layout), imported with
// "update" for the customers Reise has, leaves every customer and consent exactly as it was and
// creates none. In both formats and all three languages, with the cells that are easiest to break:
// æøå, quotes, ';' and ',' in cells, a line break in notes, phone numbers behind the formula guard.
// (A name or city that starts like a formula, or a city with a line break, the import lists as a
// problem row by design; the export's side of those is in export-format.test.ts.)

const db = vi.hoisted(() => ({ client: undefined as unknown }));
vi.mock("@/server/db", () => ({ getDb: async () => db.client }));

const NOW = new Date("2026-11-24T09:15:00Z");
const CASES = [
  { locale: "nb", format: "excel" },
  { locale: "da", format: "excel" },
  { locale: "en", format: "csv" },
  { locale: "nb", format: "csv" },
] as const;

describe.each(testDatabases)("export → import round trip on $name", (database) => {
  let sql: SqlClient;
  let prisma: PrismaClient;
  let manager: AppSession;

  const snapshot = async () =>
    prisma.customer.findMany({
      orderBy: { id: "asc" },
      select: {
        id: true,
        name: true,
        email: true,
        phone: true,
        city: true,
        ownerId: true,
        teamId: true,
        journeyStage: true,
        externalId: true,
        notes: true,
        locale: true,
        consents: { select: { purpose: true, granted: true }, orderBy: { purpose: "asc" } },
      },
    });

  beforeAll(async () => {
    sql = await database.open();
    prisma = new PrismaClient({ adapter: database.prismaAdapter(sql) });
    db.client = prisma;
    const car = await prisma.team.create({ data: { name: "Bil; Øst" } });
    const build = await prisma.team.create({ data: { name: "Bygg" } });
    const rep = await prisma.user.create({
      data: { email: "selger@reise.test", name: "Selma Selger", role: "SALES", teamId: car.id },
    });
    const m = await prisma.user.create({ data: { email: "leder@reise.test", name: "Leder", role: "MANAGER" } });
    manager = {
      userId: m.id,
      role: "MANAGER",
      email: m.email,
      name: m.name,
      locale: "nb",
      timeZone: "Europe/Oslo",
      teamId: null,
      customerId: null,
    };
    const stages = ["NEED", "RESEARCH", "PURCHASE", "DELIVERY", "USE", "LOYALTY"] as const;
    const people = [
      { name: 'Åse "Lille" Ødegård; Ærø', email: "ase@example.no", phone: "+4791234567", city: "Tromsø" },
      { name: "Søren Ærø", email: "soren@example.dk", phone: "+4520123456", city: "København Ø" },
      { name: "Bare E-post", email: "epost@example.no", phone: null, city: "Bø i Telemark" },
      { name: "Bare Telefon", email: null, phone: "+4740000001", city: null },
      { name: "Per, Komma", email: "per@example.no", phone: "+4798765432", city: "Oslo" },
      { name: "Liv Lund", email: "liv@example.se", phone: "+46701234567", city: "Malmö" },
    ];
    for (const [i, p] of people.entries()) {
      const c = await prisma.customer.create({
        data: {
          ...p,
          journeyStage: stages[i],
          ownerId: i % 2 ? rep.id : null,
          // Owned customers sit in a team: an import gives an owned customer without one its owner's team.
          teamId: i % 3 === 0 ? car.id : i % 3 === 1 ? build.id : i % 2 ? car.id : null,
          externalId: i % 2 ? `HS-${i};x` : null,
          notes: i === 1 ? 'Kunde siden 2019, "VIP"\nRing før levering' : null,
        },
      });
      if (i < 3) {
        await prisma.consent.createMany({
          data: [
            { customerId: c.id, purpose: "MARKETING_EMAIL", granted: i !== 1, updatedAt: NOW },
            { customerId: c.id, purpose: "SMS", granted: i === 1, updatedAt: NOW },
          ],
        });
      }
    }
  });

  afterAll(async () => {
    await prisma?.$disconnect();
    await sql?.close();
  });

  it.each(CASES)("changes nothing: $format export read by $locale", async ({ locale, format }) => {
    const before = await snapshot();
    const events = await prisma.consentEvent.count();
    const reader = { ...manager, locale };
    const started = await startCustomerExport(reader, new URLSearchParams(`format=${format}`), NOW);
    if (!started?.ok) throw new Error("export refused");
    const bytes = new Uint8Array(await new Response(started.body).arrayBuffer());

    // What the wizard guesses from the file, with nothing changed by hand.
    const encoding = detectEncoding(bytes);
    expect(encoding).toBe("utf-8");
    const decoded = decodeImportBytes(bytes, encoding);
    if (!decoded.ok) throw new Error(decoded.reason);
    const sniffed = sniffCsv(decoded.text);
    expect(sniffed).toMatchObject({ delimiter: format === "excel" ? ";" : ",", headerLine: 1 });
    const { preset, mapping } = suggestMapping(sniffed.columns);
    expect(preset).toBe("reise");
    expect(mapping.filter(Boolean).sort()).toEqual(
      [
        "name",
        "email",
        "phone",
        "city",
        "owner",
        "team",
        "journeyStage",
        "emailConsent",
        "smsConsent",
        "externalId",
        "notes",
      ].sort(),
    );

    const imported = await startImport(
      prisma,
      reader,
      {
        bytes,
        fileName: started.fileName,
        options: { encoding, delimiter: sniffed.delimiter, headerLine: 1, mapping, country: "NO", teamId: null },
      },
      NOW,
    );
    if (!imported?.ok) throw new Error(`import refused: ${JSON.stringify(imported)}`);
    await checkImport(prisma, imported.importId, NOW);
    const checked = await prisma.customerImport.findUniqueOrThrow({ where: { id: imported.importId } });
    expect(checked).toMatchObject({ state: "REVIEW", newRows: 0, problemRows: 0, existingRows: before.length });
    expect(await confirmImport(prisma, reader, { importId: imported.importId, duplicates: "update" })).toEqual({
      ok: true,
    });
    expect(await runImport(prisma, imported.importId, 0, NOW)).toBe("done");

    expect(await snapshot()).toEqual(before);
    expect(await prisma.consentEvent.count()).toBe(events);
  });
});
