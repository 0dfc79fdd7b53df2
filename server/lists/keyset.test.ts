import { describe, expect, it } from "vitest";
import { decodeKeyset, encodeKeyset, keyCol as col } from "./keyset";

// A cursor comes back from the URL, where anyone can edit it. Whatever it says, decoding gives
// either values every column can hold (PostgreSQL then compares them without an error) or null,
// and the list shows its first page.

const ID = "0b0c3f8e-7a51-4b6e-9d7e-2f1a6c9d8e11";
const AT = "2026-11-24T09:15:00.000Z";
// The lead list's "sla" sort (every kind but text) and the customer list's "name" sort (text).
const SLA = [
  col("slaDueAt", "asc", "ts", true),
  col("nextFollowUpAt", "asc", "ts", true),
  col("score", "desc", "int"),
  col("id", "asc", "uuid"),
];
const NAME = [col("name", "asc", "text"), col("id", "asc", "uuid")];

const b64 = (json: string) => Buffer.from(json, "utf8").toString("base64url");
const cursor = (s: string, k: unknown[]) => b64(JSON.stringify({ s, k }));

describe("decodeKeyset", () => {
  it("reads back what it wrote, nulls and Date objects included", () => {
    const row = { slaDueAt: new Date(AT), nextFollowUpAt: null, score: 42, id: ID };
    expect(decodeKeyset("sla", SLA, encodeKeyset("sla", SLA, row))).toEqual([AT, null, 42, ID]);
    expect(decodeKeyset("name", NAME, encodeKeyset("name", NAME, { name: "Kari Ås\tNordmann", id: ID }))).toEqual([
      "Kari Ås\tNordmann",
      ID,
    ]);
    // The oldest and latest a stored timestamp can be and still be read the same by both sides.
    expect(
      decodeKeyset(
        "sla",
        SLA,
        cursor("sla", ["0001-01-01T00:00:00.000Z", "9999-12-31T23:59:59.999Z", -2147483648, ID]),
      ),
    ).not.toBeNull();
    expect(decodeKeyset("sla", SLA, cursor("sla", [null, null, 2147483647, ID]))).not.toBeNull();
  });

  const hostile: [string, string | undefined][] = [
    ["nothing", undefined],
    ["an empty string", ""],
    ["not base64", "!!!%%%"],
    ["base64 of no JSON", "AAAA"],
    ["JSON that is not an object", b64("null")],
    ["keys that are not a list", b64(JSON.stringify({ s: "sla", k: { 0: AT } }))],
    ["a cursor of another sort", cursor("waiting", [AT, null, 42, ID])],
    ["too few values", cursor("sla", [AT, null, 42])],
    ["too many values", cursor("sla", [AT, null, 42, ID, ID])],
    ["an int above the column's range", cursor("sla", [AT, null, 2147483648, ID])],
    ["an int below the column's range", cursor("sla", [AT, null, -2147483649, ID])],
    ["a huge number", b64(`{"s":"sla","k":["${AT}",null,1e400,"${ID}"]}`)],
    ["a fraction", cursor("sla", [AT, null, 1.5, ID])],
    ["a number as text", cursor("sla", [AT, null, "42", ID])],
    ["NULL in a column that has none", cursor("sla", [AT, null, null, ID])],
    ["an impossible date", cursor("sla", ["2026-02-30T00:00:00.000Z", null, 42, ID])],
    ["an impossible hour", cursor("sla", ["2026-11-24T25:00:00.000Z", null, 42, ID])],
    ["a bare number as a time", cursor("sla", ["1", null, 42, ID])],
    ["words JavaScript reads as a date", cursor("sla", ["Tuesday 5", null, 42, ID])],
    ["a date without a time", cursor("sla", ["2026-11-24", null, 42, ID])],
    ["year zero", cursor("sla", ["0000-01-01T00:00:00.000Z", null, 42, ID])],
    ["a six-digit year", cursor("sla", ["+275760-09-13T00:00:00.000Z", null, 42, ID])],
    ["a negative year", cursor("sla", ["-000001-01-01T00:00:00.000Z", null, 42, ID])],
    ["a time in the id", cursor("sla", [AT, null, 42, AT])],
    ["a NUL byte in the id", cursor("sla", [AT, null, 42, `${ID}\u0000`])],
    ["a NUL byte in a time", cursor("sla", [`${AT}\u0000`, null, 42, ID])],
    ["a NUL byte in a name", cursor("name", ["Kari\u0000", ID])],
    ["half a surrogate pair in a name", cursor("name", ["Kari\ud800", ID])],
    ["an overlong name", cursor("name", ["x".repeat(201), ID])],
  ];

  it.each(hostile)("gives the first page for %s", (_, value) => {
    expect(decodeKeyset("sla", SLA, value)).toBeNull();
    expect(decodeKeyset("name", NAME, value)).toBeNull();
  });
});
