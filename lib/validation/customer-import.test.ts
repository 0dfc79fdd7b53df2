import { describe, expect, it } from "vitest";
import { parseImportCsv } from "@/lib/customer-import-parse";
import { checkHeader, decodeCsvBytes, validateImportRows } from "./customer-import";

const rowsOf = (records: Record<string, string>[]) => validateImportRows(records);

describe("customer import rows", () => {
  it("accepts a good row and stores email lower-case and phone as E.164", () => {
    const { rows, errors } = rowsOf([
      { name: " Kari Nordmann ", email: "Kari@Example.NO", phone: "+47 912 34 567", city: "Oslo" },
    ]);
    expect(errors).toEqual([]);
    expect(rows).toEqual([
      { name: "Kari Nordmann", email: "kari@example.no", phone: "+4791234567", city: "Oslo", line: 2 },
    ]);
    expect(rowsOf([{ name: "Anne", phone: "0045 22 33 44 55" }]).rows[0].phone).toBe("+4522334455");
  });

  it("reports each bad cell with its line in the file (header is line 1)", () => {
    const { errors } = rowsOf([
      { name: "Ok", email: "ok@example.no" },
      { name: "", email: "no-at-sign" },
      { name: "Bad phone", phone: "912 34 567" },
      { name: "Letters", phone: "+47 abc" },
      { name: "x".repeat(121) },
    ]);
    expect(errors).toEqual([
      { row: 3, field: "name", code: "nameRequired" },
      { row: 3, field: "email", code: "emailInvalid" },
      { row: 4, field: "phone", code: "phoneCountryCode" },
      { row: 5, field: "phone", code: "phoneInvalid" },
      { row: 6, field: "name", code: "nameTooLong" },
    ]);
  });

  it("refuses formulas in names and cities, and keeps markup as plain text", () => {
    const { rows, errors } = rowsOf([
      { name: '=HYPERLINK("http://evil")' },
      { name: "@SUM(1)" },
      { name: "Ok", city: "+Oslo" },
      { name: "<script>alert(1)</script>" },
    ]);
    expect(errors.map((e) => [e.row, e.field, e.code])).toEqual([
      [2, "name", "formula"],
      [3, "name", "formula"],
      [4, "city", "formula"],
    ]);
    expect(rows.map((r) => r.name)).toEqual(["<script>alert(1)</script>"]);
  });

  it("finds duplicates inside the file by email (any case) or phone (any spacing)", () => {
    const { errors } = rowsOf([
      { name: "A", email: "a@example.no", phone: "+4791111111" },
      { name: "B", email: "A@EXAMPLE.NO" },
      { name: "C", phone: "+47 911 11 111" },
      { name: "D", email: "d@example.no" },
    ]);
    expect(errors).toEqual([
      { row: 3, field: "email", code: "duplicateInFile" },
      { row: 4, field: "phone", code: "duplicateInFile" },
    ]);
  });
});

describe("customer import files", () => {
  it("names missing and unknown columns", () => {
    expect(checkHeader(["Name", "E-mail", "Phone"])).toBeNull();
    expect(checkHeader(["email", "telefon"])).toEqual({ missing: ["name"], unknown: ["telefon"] });
    const parsed = parseImportCsv("fullName;email\nKari;k@example.no\n");
    expect(parsed).toEqual({ ok: false, reason: "columns", header: { missing: ["name"], unknown: ["fullName"] } });
  });

  it("reads semicolon files as Excel writes them, and previews the first rows", () => {
    const parsed = parseImportCsv("Name;Email;City\nKari;kari@example.no;Oslo\nOla;;Bergen\n", 1);
    expect(parsed.ok && parsed.rows.map((r) => r.name)).toEqual(["Kari", "Ola"]);
    expect(parsed.ok && parsed.preview).toEqual([{ name: "Kari", email: "kari@example.no", city: "Oslo" }]);
  });

  it("refuses an empty file", () => {
    expect(parseImportCsv("")).toEqual({ ok: false, reason: "empty" });
    expect(parseImportCsv("name,email\n")).toEqual({ ok: false, reason: "empty" });
  });

  it("detects Latin-1 bytes and replacement characters instead of importing damaged names", () => {
    const latin1 = Uint8Array.from([...Buffer.from("name\nBj"), 0xf8, ...Buffer.from("rn\n")]); // "Bjørn" in Latin-1
    expect(decodeCsvBytes(latin1)).toEqual({ ok: false, reason: "notUtf8" });
    expect(decodeCsvBytes(new TextEncoder().encode("name\nBj\uFFFDrn\n"))).toEqual({
      ok: false,
      reason: "replacementCharacters",
    });
    expect(decodeCsvBytes(new TextEncoder().encode("\uFEFFname\nBjørn\n"))).toEqual({
      ok: true,
      text: "name\nBjørn\n",
    });
  });
});
