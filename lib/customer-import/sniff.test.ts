import { describe, expect, it } from "vitest";
import { readCsvRows, sniffCsv } from "./sniff";

describe("sniffCsv", () => {
  it("finds the delimiter: comma, semicolon or tab", () => {
    expect(sniffCsv("name,email\nKari,k@example.no\n")).toEqual({
      delimiter: ",",
      headerLine: 1,
      columns: ["name", "email"],
    });
    expect(sniffCsv("Navn;E-post\nKari;k@example.no\n").delimiter).toBe(";");
    expect(sniffCsv("Navn\tE-post\nKari\tk@example.no\n").delimiter).toBe("\t");
  });

  it("is not fooled by commas inside the cells of a semicolon file", () => {
    const text = "Navn;Sted;Notat\nHansen, Kåre;Oslo;ringer, ikke e-post\nBerg, Ola;Bergen;\n";
    expect(sniffCsv(text)).toEqual({ delimiter: ";", headerLine: 1, columns: ["Navn", "Sted", "Notat"] });
  });

  it("skips blank lines, a one-cell title row and Excel's sep= line above the header", () => {
    const text = "\r\nExported from OldCRM 2026-12-01;;\r\n;;\r\nNavn;E-post;Telefon\r\nÅse;a@example.no;91234567\r\n";
    expect(sniffCsv(text)).toEqual({ delimiter: ";", headerLine: 4, columns: ["Navn", "E-post", "Telefon"] });
    expect(sniffCsv("sep=;\r\nNavn;By\r\nSøren;Århus\r\n")).toEqual({
      delimiter: ";",
      headerLine: 2,
      columns: ["Navn", "By"],
    });
    // The sep= line wins over a guess, which would have cut this file at the semicolons.
    expect(sniffCsv("a;b;c,d\n1;2;3,4\n").delimiter).toBe(";");
    expect(sniffCsv("sep=,\na;b;c,d\n1;2;3,4\n")).toEqual({ delimiter: ",", headerLine: 2, columns: ["a;b;c", "d"] });
  });

  it("takes the first row as the header of a one-column file", () => {
    expect(sniffCsv("\nname\nKari\nOla\n")).toEqual({ delimiter: ",", headerLine: 2, columns: ["name"] });
  });

  it("uses the delimiter the manager chose", () => {
    expect(sniffCsv("a;b,c\n1;2,3\n", ",")).toEqual({ delimiter: ",", headerLine: 1, columns: ["a;b", "c"] });
  });
});

describe("readCsvRows", () => {
  it("numbers records as spreadsheet rows: CRLF is one break, a quoted line break is inside ONE record", () => {
    const text = 'Title\r\nName,Notes\r\nKari,"first line\r\nsecond line"\r\n\r\nOla,short\r\n';
    expect(readCsvRows(text, { delimiter: ",", headerLine: 2 })).toEqual({
      columns: ["Name", "Notes"],
      records: [
        { line: 3, cells: ["Kari", "first line\r\nsecond line"] },
        // Row 4 of the file is empty: skipped, but it still counts.
        { line: 5, cells: ["Ola", "short"] },
      ],
    });
  });

  it("skips rows of empty cells, as Excel writes empty rows (;;;)", () => {
    const read = readCsvRows("Navn;By\n;\nKari;Oslo\n ; \n", { delimiter: ";", headerLine: 1 });
    expect(read).toEqual({ columns: ["Navn", "By"], records: [{ line: 3, cells: ["Kari", "Oslo"] }] });
  });

  it("refuses a file with a quote out of place instead of guessing", () => {
    expect(readCsvRows('name,notes\nKari,"never closed\nOla,x\n', { delimiter: ",", headerLine: 1 })).toEqual({
      ok: false,
      reason: "unreadable",
    });
  });
});
