import { describe, expect, it } from "vitest";
import type { ColumnMapping } from "./fields";
import { checkMapping, validateMappedRows } from "./rows";

const MAPPING: ColumnMapping = [
  "name",
  "email",
  "phone",
  "city",
  "journeyStage",
  "emailConsent",
  "smsConsent",
  "notes",
];
const records = (...rows: string[][]) => rows.map((cells, i) => ({ line: i + 2, cells }));
const validate = (rows: string[][], mapping = MAPPING, defaultCountry: "NO" | "DK" | "SE" = "NO") =>
  validateMappedRows(records(...rows), mapping, { defaultCountry });

describe("checkMapping", () => {
  it("needs a name, or a first and/or last name", () => {
    expect(checkMapping(["email", null, "phone"])).toEqual({ code: "nameMissing" });
    expect(checkMapping(["name", "email"])).toBeNull();
    expect(checkMapping([null, "lastName"])).toBeNull();
    expect(checkMapping(["firstName", "lastName"])).toBeNull();
  });

  it("refuses a field chosen for two columns", () => {
    expect(checkMapping(["name", "phone", "phone"])).toEqual({ code: "fieldTwice", field: "phone" });
  });
});

describe("validateMappedRows", () => {
  it("reads a good row: trimmed, email lower-case, phone in E.164, stage and consents", () => {
    const { rows, problems } = validate([
      [" Åse Ødegård ", "Ase@Example.NO", "912 34 567", "Tromsø", "I bruk", "Ja", "nei", ""],
    ]);
    expect(problems).toEqual([]);
    expect(rows).toEqual([
      {
        line: 2,
        name: "Åse Ødegård",
        email: "ase@example.no",
        phone: "+4791234567",
        city: "Tromsø",
        owner: null,
        team: null,
        journeyStage: "USE",
        emailConsent: true,
        smsConsent: false,
        externalId: null,
        notes: null,
      },
    ]);
  });

  it("joins first and last name when there is no name column, or the name cell is empty", () => {
    const mapping: ColumnMapping = ["name", "firstName", "lastName"];
    const { rows, problems } = validate(
      [
        ["", "Søren", "Ærø"],
        ["", "", "Berg"],
        ["Kari N", "Kari", "Nordmann"],
        ["", "", ""],
      ],
      mapping,
    );
    expect(rows.map((r) => r.name)).toEqual(["Søren Ærø", "Berg", "Kari N"]);
    expect(problems).toEqual([{ line: 5, field: "name", code: "nameRequired" }]);
    // Without a name column, the problem is marked on the first-name column the manager mapped.
    const firstLast = validate([["", ""]], ["firstName", "lastName"]).problems;
    expect(firstLast).toEqual([{ line: 2, field: "firstName", code: "nameRequired" }]);
  });

  it.each([
    ["+47 912 34 567", "NO", "+4791234567"],
    ["91234567", "NO", "+4791234567"],
    ["0047 91234567", "NO", "+4791234567"],
    ["(+45) 20 12 34 56", "NO", "+4520123456"],
    ["20 12 34 56", "DK", "+4520123456"],
    ["070-123 45 67", "SE", "+46701234567"],
    ["'+4791234567", "DK", "+4791234567"],
  ] as const)("reads the phone %s in %s as %s", (phone, country, e164) => {
    expect(validate([["A", "", phone]], MAPPING, country).rows[0].phone).toBe(e164);
  });

  it("says which phones are not numbers, and which need their country code", () => {
    const { problems } = validate([
      ["A", "", "+47 abc"],
      ["B", "", "1-800-FLOWERS"],
      ["C", "", "+47 12"],
      ["D", "", "070-123 45 67"],
    ]);
    expect(problems).toEqual([
      { line: 2, field: "phone", code: "phoneInvalid", value: "+47 abc" },
      { line: 3, field: "phone", code: "phoneInvalid", value: "1-800-FLOWERS" },
      { line: 4, field: "phone", code: "phoneInvalid", value: "+47 12" },
      { line: 5, field: "phone", code: "phoneCountryCode", value: "070-123 45 67" },
    ]);
  });

  it("reads stages as codes, Reise's labels in en/nb/da and HubSpot's lifecycle stages", () => {
    const stages = [
      "NEED",
      "research",
      "Undersøkelse",
      "Køb",
      "Delivery",
      "In use",
      "Lojal",
      "Loyalty",
      "subscriber",
      "Marketing Qualified Lead",
      "salesqualifiedlead",
      "Opportunity",
      "customer",
      "Evangelist",
      "other",
      "",
    ];
    const { rows, problems } = validate(stages.map((s) => ["A", "", "", "", s]));
    expect(problems).toEqual([]);
    expect(rows.map((r) => r.journeyStage)).toEqual([
      "NEED",
      "RESEARCH",
      "RESEARCH",
      "PURCHASE",
      "DELIVERY",
      "USE",
      "LOYALTY",
      "LOYALTY",
      "NEED",
      "RESEARCH",
      "RESEARCH",
      "PURCHASE",
      "USE",
      "LOYALTY",
      null,
      null,
    ]);
    expect(validate([["A", "", "", "", "Prospect"]]).problems).toEqual([
      { line: 2, field: "journeyStage", code: "stageUnknown", value: "Prospect" },
    ]);
  });

  it("reads consents as yes/no words of every language, and refuses anything else", () => {
    const words = ["yes", "No", "TRUE", "false", "1", "0", "x", "X", "Ja", "Nei", "nej", ""];
    const { rows } = validate(words.map((w) => ["A", "", "", "", "", w]));
    expect(rows.map((r) => r.emailConsent)).toEqual([
      true,
      false,
      true,
      false,
      true,
      false,
      true,
      true,
      true,
      false,
      false,
      null,
    ]);
    expect(validate([["A", "", "", "", "", "", "maybe"]]).problems).toEqual([
      { line: 2, field: "smsConsent", code: "consentUnknown", value: "maybe" },
    ]);
  });

  it("reads Reise's formula guard back, and refuses what is still a formula", () => {
    const { rows, problems } = validate([
      ["'@Kari", "", "'+47 912 34 567", "", "", "", "", "'- first point"],
      ['=HYPERLINK("http://evil")', "", "", "+Oslo", "", "", "", ""],
      ["Ok", "", "", "", "", "", "", "-1 bullet"],
      ["'Quoted name", "", "", "", "", "", "", ""],
    ]);
    expect(rows.map((r) => [r.line, r.name, r.phone, r.notes])).toEqual([[5, "'Quoted name", null, null]]);
    expect(problems).toEqual([
      { line: 2, field: "name", code: "formula", value: "@Kari" },
      { line: 2, field: "notes", code: "formula", value: "- first point" },
      { line: 3, field: "name", code: "formula", value: '=HYPERLINK("http://evil")' },
      { line: 3, field: "city", code: "formula", value: "+Oslo" },
      { line: 4, field: "notes", code: "formula", value: "-1 bullet" },
    ]);
  });

  it("checks lengths, control characters and emails, one problem per field, values cut to 60", () => {
    const mapping: ColumnMapping = ["name", "email", "owner", "team", "externalId", "notes"];
    const { rows, problems } = validate(
      [
        ["x".repeat(121), "no-at-sign", "o".repeat(255), "t".repeat(81), "e".repeat(101), "n".repeat(2001)],
        ["Bad\u0000name", "a@example.no", "", "", "", "line one\r\nline two\ttab"],
      ],
      mapping,
    );
    expect(problems).toEqual([
      { line: 2, field: "name", code: "nameTooLong", value: "x".repeat(60) },
      { line: 2, field: "email", code: "emailInvalid", value: "no-at-sign" },
      { line: 2, field: "owner", code: "ownerTooLong", value: "o".repeat(60) },
      { line: 2, field: "team", code: "teamTooLong", value: "t".repeat(60) },
      { line: 2, field: "externalId", code: "externalIdTooLong", value: "e".repeat(60) },
      { line: 2, field: "notes", code: "notesTooLong", value: "n".repeat(60) },
      { line: 3, field: "name", code: "controlCharacters", value: "Bad\u0000name" },
    ]);
    expect(rows).toEqual([]);
    const notes = validate([["A", "", "", "", "", "", "", "line one\r\nline two\ttab"]]).rows[0].notes;
    expect(notes).toBe("line one\nline two\ttab");
  });

  it("lists rows repeating an earlier email (any case) or phone (any spelling) without calling them problems", () => {
    const { rows, problems, duplicatesInFile } = validate([
      ["A", "a@example.no", "+4791111111"],
      ["B", "A@EXAMPLE.NO", ""],
      ["C", "", "911 11 111"],
      ["D", "a@example.no", "0047 911 11 111"],
      ["E", "e@example.no", ""],
    ]);
    expect(problems).toEqual([]);
    expect(rows).toHaveLength(5);
    expect(duplicatesInFile).toEqual([
      { line: 3, firstLine: 2, field: "email" },
      { line: 4, firstLine: 2, field: "phone" },
      { line: 5, firstLine: 2, field: "email" },
      { line: 5, firstLine: 2, field: "phone" },
    ]);
  });

  it("reads the cells a short row does not have as empty, and ignores unmapped columns", () => {
    const { rows } = validate([["Kari"]], ["name", null, "city"]);
    expect(rows[0]).toMatchObject({ name: "Kari", city: null, email: null });
  });
});
