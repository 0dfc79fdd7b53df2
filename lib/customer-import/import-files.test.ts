import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { decodeImportBytes, detectEncoding } from "./decode";
import type { ImportCountry } from "./fields";
import { suggestMapping } from "./presets";
import { validateMappedRows } from "./rows";
import { readCsvRows, sniffCsv } from "./sniff";

// The whole read, as the wizard and the import job do it, on files written byte for byte the way
// HubSpot, Pipedrive, Norwegian and Danish Excel and Reise's own export write them.

const FIXTURES = path.join(import.meta.dirname, "../../test/fixtures/import");

function importText(text: string, defaultCountry: ImportCountry) {
  const sniffed = sniffCsv(text);
  const read = readCsvRows(text, sniffed);
  if ("ok" in read) throw new Error("unreadable");
  const { preset, mapping } = suggestMapping(read.columns);
  return { ...sniffed, preset, mapping, ...validateMappedRows(read.records, mapping, { defaultCountry }) };
}

function importFile(name: string, defaultCountry: ImportCountry) {
  const bytes = new Uint8Array(fs.readFileSync(path.join(FIXTURES, name)));
  const encoding = detectEncoding(bytes);
  const decoded = decodeImportBytes(bytes, encoding);
  if (!decoded.ok) throw new Error(decoded.reason);
  return { encoding, ...importText(decoded.text, defaultCountry) };
}

const row = (line: number, fields: Record<string, unknown>) => ({
  line,
  email: null,
  phone: null,
  city: null,
  owner: null,
  team: null,
  journeyStage: null,
  emailConsent: null,
  smsConsent: null,
  externalId: null,
  notes: null,
  ...fields,
});

describe("import files as other tools write them", () => {
  it("reads a HubSpot contacts export (UTF-8, every cell quoted, CRLF)", () => {
    const read = importFile("hubspot-contacts.csv", "NO");
    expect(read).toMatchObject({ encoding: "utf-8", delimiter: ",", headerLine: 1, preset: "hubspot", problems: [] });
    expect(read.rows).toEqual([
      row(2, {
        name: "Åse Ødegård",
        email: "ase.odegard@example.no",
        phone: "+4791234567",
        city: "Tromsø",
        owner: "kari@reise.test",
        journeyStage: "USE",
        externalId: "51",
        notes: "Fjord AS",
      }),
      row(3, {
        name: "Søren Ærø",
        email: "soren@example.dk",
        phone: "+4520123456",
        city: "Århus",
        owner: "Kari Nordmann",
        journeyStage: "RESEARCH",
        externalId: "52",
      }),
      row(4, {
        name: "Lars Berg",
        email: "lars@example.se",
        phone: "+46701234567",
        city: "Malmö",
        journeyStage: "NEED",
        externalId: "53",
      }),
      row(5, {
        name: "Mia Lund",
        email: "mia@example.no",
        phone: "+4741234567",
        city: "Bergen",
        journeyStage: "LOYALTY",
        externalId: "54",
      }),
    ]);
  });

  it("reads a Pipedrive people export (UTF-8 with BOM, a line break inside a quoted cell)", () => {
    const read = importFile("pipedrive-people.csv", "NO");
    expect(read).toMatchObject({ encoding: "utf-8", delimiter: ",", headerLine: 1, preset: "pipedrive", problems: [] });
    expect(read.mapping).toEqual([
      "externalId",
      "name",
      "firstName",
      "lastName",
      "notes",
      "email",
      null,
      "phone",
      null,
      "owner",
      null,
    ]);
    expect(read.rows).toEqual([
      row(2, {
        name: "Åse Ødegård",
        email: "ase@fjord.no",
        phone: "+4791234567",
        owner: "Kari Nordmann",
        externalId: "101",
        notes: "Fjord AS\nAvdeling Nord",
      }),
      // Line 3 although the record above took two lines of text: a spreadsheet shows it as row 3.
      row(3, {
        name: "Søren Ærø",
        email: "soren@example.dk",
        phone: "+4520123456",
        owner: "kari@reise.test",
        externalId: "102",
      }),
      // Only "Phone - Work" is mapped (first phone column wins); the wizard shows the mobile column unmapped.
      row(4, { name: "Ola Nordmann", externalId: "103", notes: "Nordmann & Sønn, AS" }),
    ]);
  });

  it("reads a Norwegian Excel sheet (Windows-1252, semicolons, CRLF, a title row, numbers without +47)", () => {
    const read = importFile("nb-excel-1252.csv", "NO");
    expect(read).toMatchObject({ encoding: "windows-1252", delimiter: ";", headerLine: 3, preset: "nordic" });
    expect(read.mapping).toEqual(["name", "email", "phone", "city"]);
    expect(read.problems).toEqual([]);
    expect(read.rows).toEqual([
      row(4, { name: "Åse Ødegård", email: "ase@example.no", phone: "+4791234567", city: "Tromsø" }),
      row(5, { name: "Bjørn Dæhlie", email: "bjorn@example.no", phone: "+4722334455", city: "Nesodden" }),
      row(6, { name: "Hansen, Kåre", email: "kare@example.no", phone: "+4741234567", city: "Lærdal" }),
      row(7, { name: "Ærlige Øystein – butikk", city: "Ålesund" }),
    ]);
  });

  it("reads a Danish Excel sheet (ISO-8859-1, sep=; line) and lists a repeated phone for the manager", () => {
    const read = importFile("da-excel-latin1.csv", "DK");
    expect(read).toMatchObject({
      encoding: "iso-8859-1",
      delimiter: ";",
      headerLine: 2,
      preset: "nordic",
      problems: [],
    });
    expect(read.rows.map((r) => [r.line, r.name, r.phone, r.city, r.owner, r.notes])).toEqual([
      [3, "Søren Ærø", "+4520123456", "Århus", "kari@reise.test", "Kunde siden 2019"],
      [4, "Mette Frederiksen", "+4533923300", "København", null, null],
      [5, "Jens Ærtebølle", "+4520123456", "Ærøskøbing", null, "Ringer om foråret"],
    ]);
    expect(read.duplicatesInFile).toEqual([{ line: 5, firstLine: 3, field: "phone" }]);
  });

  it("reads Reise's own Norwegian export back: guarded phones, stage labels, Ja/Nei, owners by email", () => {
    const read = importFile("reise-export-nb.csv", "DK");
    expect(read).toMatchObject({ encoding: "utf-8", delimiter: ";", headerLine: 1, preset: "reise", problems: [] });
    expect(read.rows).toEqual([
      row(2, {
        name: "Åse Ødegård",
        email: "ase@example.no",
        phone: "+4791234567",
        city: "Tromsø",
        owner: "kari@reise.test",
        team: "Nord",
        journeyStage: "USE",
        emailConsent: true,
        smsConsent: false,
      }),
      row(3, {
        name: "Søren Ærø",
        email: "soren@example.dk",
        phone: "+4520123456",
        city: "Århus",
        owner: "ole@reise.test",
        team: "Syd",
        journeyStage: "RESEARCH",
        emailConsent: false,
      }),
      row(4, { name: "Ola Nordmann", city: "Bergen", journeyStage: "NEED", smsConsent: true }),
    ]);
  });
});

describe("a large file", () => {
  it("reads and checks 100,000 rows", () => {
    const lines = ["Navn;E-post;Telefon;Poststed;Kundereisefase;Samtykke SMS"];
    for (let i = 0; i < 100_000; i++) {
      lines.push(
        `Kunde ${i} Ødegård;kunde${i}@example.no;9${String(i).padStart(7, "0")};Tromsø;Kjøp;${i % 2 ? "Ja" : "Nei"}`,
      );
    }
    lines.push("Siste;siste@EXAMPLE.no;+47 900 00 000;Oslo;;");
    const read = importText(lines.join("\r\n") + "\r\n", "NO");
    expect(read.problems).toEqual([]);
    expect(read.rows).toHaveLength(100_001);
    expect(read.rows[99_999]).toEqual(
      row(100_001, {
        name: "Kunde 99999 Ødegård",
        email: "kunde99999@example.no",
        phone: "+4790099999",
        city: "Tromsø",
        journeyStage: "PURCHASE",
        smsConsent: true,
      }),
    );
    expect(read.duplicatesInFile).toEqual([{ line: 100_002, firstLine: 2, field: "phone" }]);
  });
});
