import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import Papa from "papaparse";
import { PrismaClient } from "@/generated/prisma/client";
import type { AppSession } from "@/server/auth/session";
import type { SqlClient } from "@/server/db/sql";
import { testDatabases } from "@/test/worlds/databases";
import { startCustomerExport } from "./export-service";

// The export's two dialects byte by byte, its headers and values in the reader's language, and cells
// that would break a round trip (quotes, line breaks, the delimiter inside a name, formulas) coming
// back whole when parsed with the same dialect.

const db = vi.hoisted(() => ({ client: undefined as unknown }));
vi.mock("@/server/db", () => ({ getDb: async () => db.client }));

const NOW = new Date("2026-11-24T09:15:00Z");
const ACTIVE = new Date("2026-07-01T10:00:00.123Z"); // summer time in Oslo: +02:00

async function bytesOf(session: AppSession, search: string) {
  const started = await startCustomerExport(session, new URLSearchParams(search), NOW);
  if (!started?.ok) throw new Error(`export refused: ${JSON.stringify(started)}`);
  return new Uint8Array(await new Response(started.body).arrayBuffer());
}

const BOM = [0xef, 0xbb, 0xbf];
const decode = (bytes: Uint8Array) => new TextDecoder("utf-8", { ignoreBOM: true }).decode(bytes);
const parse = (text: string, delimiter: string) =>
  Papa.parse<string[]>(text.replace(/^\uFEFF/, ""), { delimiter, skipEmptyLines: true }).data;

describe.each(testDatabases)("customer export formats on $name", (database) => {
  let sql: SqlClient;
  let prisma: PrismaClient;
  let manager: AppSession;
  const as = (locale: AppSession["locale"]): AppSession => ({ ...manager, locale });

  beforeAll(async () => {
    sql = await database.open();
    prisma = new PrismaClient({ adapter: database.prismaAdapter(sql) });
    db.client = prisma;
    const team = await prisma.team.create({ data: { name: "Bil; Oslo" } });
    const owner = await prisma.user.create({
      data: { email: "selger@reise.test", name: "Selma Selger", role: "SALES", teamId: team.id },
    });
    const m = await prisma.user.create({ data: { email: "leder@reise.test", name: "Leder", role: "MANAGER" } });
    manager = {
      userId: m.id,
      role: "MANAGER",
      email: m.email,
      name: m.name,
      locale: "en",
      timeZone: "Europe/Oslo",
      teamId: null,
      customerId: null,
    };
    const kari = await prisma.customer.create({
      data: {
        name: 'Kari "K" Nordmann; Ærøskøbing',
        email: "kari@example.no",
        phone: "+4791234567",
        city: "Tromsø\nNord",
        teamId: team.id,
        ownerId: owner.id,
        journeyStage: "PURCHASE",
        loyaltyTier: "GOLD",
        loyaltyPoints: 1200,
        lastActivityAt: ACTIVE,
        externalId: "HS-1;2",
        notes: 'Kunde siden 2019, "VIP"\nRing før levering',
      },
    });
    await prisma.consent.createMany({
      data: [
        { customerId: kari.id, purpose: "MARKETING_EMAIL", granted: true, updatedAt: NOW },
        { customerId: kari.id, purpose: "SMS", granted: false, updatedAt: NOW },
      ],
    });
    await prisma.customer.create({ data: { name: "=cmd|' /C calc'!A0", city: "-2+3" } });
  });

  afterAll(async () => {
    await prisma?.$disconnect();
    await sql?.close();
  });

  it("writes Excel's dialect for nb and da readers: BOM, semicolons, CRLF", async () => {
    for (const locale of ["nb", "da"] as const) {
      const bytes = await bytesOf(as(locale), "");
      expect([...bytes.slice(0, 3)]).toEqual(BOM);
      const text = decode(bytes);
      const lines = text.slice(1).split("\r\n");
      expect(lines.at(-1)).toBe(""); // ends with CRLF
      expect(lines[0].split(";")).toHaveLength(16);
    }
  });

  it("writes plain CSV for en readers: no BOM, commas, LF; either format on request", async () => {
    const plain = await bytesOf(as("en"), "");
    expect([...plain.slice(0, 3)]).not.toEqual(BOM);
    const text = decode(plain);
    expect(text).not.toContain("\r");
    expect(text.split("\n")[0].split(",")).toHaveLength(16);

    expect([...(await bytesOf(as("en"), "format=excel")).slice(0, 3)]).toEqual(BOM);
    const csvForNorwegian = decode(await bytesOf(as("nb"), "format=csv"));
    expect(csvForNorwegian.startsWith("Reise id,Navn,E-post,Telefon,Sted,Eier,Team,")).toBe(true);
  });

  it("names the columns in the reader's language", async () => {
    const header = async (locale: AppSession["locale"]) =>
      parse(decode(await bytesOf(as(locale), "format=csv")), ",")[0];
    expect(await header("en")).toEqual([
      "Reise id",
      "Name",
      "Email",
      "Phone",
      "City",
      "Owner",
      "Team",
      "Journey stage",
      "Email marketing consent",
      "SMS consent",
      "External id",
      "Notes",
      "Loyalty tier",
      "Loyalty points",
      "Last activity",
      "Has open lead",
    ]);
    expect((await header("nb")).slice(0, 12)).toEqual([
      "Reise id",
      "Navn",
      "E-post",
      "Telefon",
      "Sted",
      "Eier",
      "Team",
      "Kundereisefase",
      "Samtykke e-postmarkedsføring",
      "Samtykke SMS",
      "Ekstern id",
      "Notater",
    ]);
    expect((await header("da")).slice(0, 12)).toEqual([
      "Reise id",
      "Navn",
      "E-mail",
      "Telefon",
      "By",
      "Ejer",
      "Team",
      "Kunderejsefase",
      "Samtykke e-mailmarkedsføring",
      "Samtykke SMS",
      "Eksternt id",
      "Noter",
    ]);
  });

  it("writes readable values that read back whole, in both dialects, with the formula guard kept", async () => {
    const kari = await prisma.customer.findFirstOrThrow({ where: { email: "kari@example.no" } });
    const expected = {
      en: [kari.id, 'Kari "K" Nordmann; Ærøskøbing', "kari@example.no", "'+4791234567", "Tromsø\nNord"],
      tail: ["selger@reise.test", "Bil; Oslo"],
    };
    const cases = [
      { locale: "en", format: "csv", delimiter: ",", words: ["Purchase", "Yes", "No", "Gold"], no: "No" },
      { locale: "nb", format: "excel", delimiter: ";", words: ["Kjøp", "Ja", "Nei", "Gull"], no: "Nei" },
      { locale: "da", format: "excel", delimiter: ";", words: ["Køb", "Ja", "Nej", "Guld"], no: "Nej" },
    ] as const;
    for (const c of cases) {
      const rows = parse(decode(await bytesOf(as(c.locale), `format=${c.format}`)), c.delimiter);
      expect(rows).toHaveLength(3);
      const row = rows.find((r) => r[0] === kari.id)!;
      expect(row).toEqual([
        ...expected.en,
        ...expected.tail,
        ...c.words.slice(0, 3),
        "HS-1;2",
        'Kunde siden 2019, "VIP"\nRing før levering',
        c.words[3],
        "1200",
        "2026-07-01T12:00:00+02:00",
        c.no,
      ]);
      const formula = rows.find((r) => r[0] !== kari.id && r[0] !== rows[0][0])!;
      expect(formula[1]).toBe("'=cmd|' /C calc'!A0");
      expect(formula[4]).toBe("'-2+3");
      expect(formula.slice(5, 7)).toEqual(["", ""]); // no owner, no team
    }
  });

  it("records how many rows left once the download ends, or how far it got when the reader went away", async () => {
    const started = await startCustomerExport(as("en"), new URLSearchParams("format=csv"), NOW);
    if (!started?.ok) throw new Error("export refused");
    await new Response(started.body).arrayBuffer();
    const [start] = await prisma.auditLog.findMany({
      where: { action: "customers.exported" },
      orderBy: { createdAt: "desc" },
      take: 1,
    });
    const done = await prisma.auditLog.findMany({
      where: { action: "customers.export_finished", entityId: start.entityId },
      select: { data: true, entityType: true },
    });
    expect(done).toEqual([{ entityType: "CustomerExport", data: { rows: 2, complete: true } }]);

    const cut = await startCustomerExport(as("en"), new URLSearchParams("format=csv"), NOW);
    if (!cut?.ok) throw new Error("export refused");
    const reader = cut.body.getReader();
    await reader.read(); // the header only
    await reader.cancel();
    const gone = await prisma.auditLog.findMany({
      where: { action: "customers.export_finished", data: { equals: { rows: 0, complete: false } } },
    });
    expect(gone).toHaveLength(1);
  });

  it("refuses an unknown format with a sentence in the reader's language, before auditing anything", async () => {
    const before = await prisma.auditLog.count({ where: { action: "customers.exported" } });
    for (const search of ["format=xlsx", "format=csv&format=excel", "format="]) {
      expect(await startCustomerExport(as("nb"), new URLSearchParams(search), NOW)).toEqual({
        ok: false,
        status: 400,
        message: "Ukjent eksportformat. Velg «excel» eller «csv».",
      });
    }
    expect(await prisma.auditLog.count({ where: { action: "customers.exported" } })).toBe(before);
  });
});
