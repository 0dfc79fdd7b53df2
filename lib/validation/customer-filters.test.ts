import { describe, expect, it } from "vitest";
import { DEFAULT_CUSTOMER_FILTERS, parseCustomerFilters, type CustomerFilters } from "./customer-filters";
import { saveSegmentSchema } from "./segment";

// A hand-edited /customers link or an old saved segment shows the list with defaults for whatever
// makes no sense, never an error page: nothing here may reach the database as it came.

const cases: [string, Record<string, string | string[]>, Partial<CustomerFilters>][] = [
  ["a NUL byte in the search", { q: "Kari\u0000" }, { q: "Kari" }],
  ["a NUL byte in the city", { city: "Fred\u0000rikstad" }, { city: "Fredrikstad" }],
  ["only control characters", { q: "\u0000\u0001\u007f", city: "\u001b" }, {}],
  ["line breaks in the city", { city: "Oslo\r\nBergen" }, { city: "Oslo Bergen" }],
  [
    "an overlong search and city",
    { q: "x".repeat(5000), city: "y".repeat(5000) },
    { q: "x".repeat(100), city: "y".repeat(100) },
  ],
  [
    "unknown enum values",
    { tier: "DIAMOND", stage: "HEAVEN", lead: "maybe", marketing: "1", activity: "1y", sort: "random()" },
    {},
  ],
  [
    "some known, some unknown",
    { tier: ["GOLD", "DIAMOND", "GOLD"], stage: "USE,nope" },
    { tier: ["GOLD"], stage: ["USE"] },
  ],
  [
    "repeated params",
    { city: ["Oslo", "\u0000"], sort: ["name", "points"], owner: ["x", "mine"] },
    { city: "Oslo", sort: "name" },
  ],
  ["an owner or segment that is not an id", { owner: "1 OR 1=1", segment: "abc\u0000" }, {}],
  ["a cursor with a NUL byte", { cursor: "abc\u0000" }, {}],
];

describe("parseCustomerFilters on hostile URLs", () => {
  it.each(cases)("falls back to defaults for %s", (_, params, expected) => {
    expect(parseCustomerFilters(params)).toEqual({ ...DEFAULT_CUSTOMER_FILTERS, ...expected });
    const search = new URLSearchParams();
    for (const [key, value] of Object.entries(params)) for (const v of [value].flat()) search.append(key, v);
    expect(parseCustomerFilters(search)).toEqual({ ...DEFAULT_CUSTOMER_FILTERS, ...expected });
  });

  it("cleans a saved segment's filters the same way", () => {
    const parsed = saveSegmentSchema.safeParse({
      name: "Oslo\u0000",
      search: "city=Oslo%00&q=%00",
      shared: "",
      marketing: "",
    });
    expect(parsed.success && parsed.data).toMatchObject({ name: "Oslo", search: { city: "Oslo", q: undefined } });
  });
});
