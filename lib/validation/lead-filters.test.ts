import { describe, expect, it } from "vitest";
import { CLEAR_LEAD_FILTERS, hasNarrowingFilters, leadFiltersToSearch } from "./lead-filters-url";
import { DEFAULT_LEAD_FILTERS, parseLeadFilters, type LeadFilters } from "./lead-filters";

const REP = "0b0c3f8e-7a51-4b6e-9d7e-2f1a6c9d8e11";

describe("parseLeadFilters", () => {
  it("gives the default view for no params", () => {
    expect(parseLeadFilters({})).toEqual({
      view: "active",
      scope: "team",
      rep: undefined,
      stage: [],
      readiness: undefined,
      channel: undefined,
      overdue: false,
      breach: false,
      outcome: "open",
      from: undefined,
      to: undefined,
      q: undefined,
      sort: "sla",
      reverse: false,
      cursor: undefined,
    });
    expect(parseLeadFilters(undefined)).toEqual(DEFAULT_LEAD_FILTERS);
  });

  it("reads a click-through's outcome, created range and breach, and drops malformed instants", () => {
    const f = parseLeadFilters(
      new URLSearchParams("view=all&outcome=lost&breach=1&from=2026-02-28T23:00:00.000Z&to=2026-05-31T22:00:00.000Z"),
    );
    expect(f).toMatchObject({
      view: "all",
      outcome: "lost",
      breach: true,
      from: "2026-02-28T23:00:00.000Z",
      to: "2026-05-31T22:00:00.000Z",
    });
    expect(parseLeadFilters({ outcome: "maybe", from: "2026-02-30T00:00:00.000Z", to: "yesterday" })).toMatchObject({
      outcome: "open",
      from: undefined,
      to: undefined,
    });
  });

  it("reads every filter from a good URL", () => {
    const f = parseLeadFilters(
      new URLSearchParams(
        `scope=mine&stage=NEW,PROPOSAL&readiness=HOT&channel=CHAT&overdue=1&q=Kari&sort=score&cursor=abc_-1`,
      ),
    );
    expect(f).toMatchObject({
      scope: "mine",
      stage: ["NEW", "PROPOSAL"],
      readiness: "HOT",
      channel: "CHAT",
      overdue: true,
      q: "Kari",
      sort: "score",
      cursor: "abc_-1",
    });
  });

  it("falls back field by field on bad input, never throwing", () => {
    const f = parseLeadFilters({
      view: "everything",
      scope: "others",
      rep: "not-a-uuid",
      stage: ["WON", "NEW", "nope", "NEW"],
      readiness: "SLOW",
      channel: "FAX",
      overdue: "maybe",
      sort: "random()",
      cursor: "'; DROP TABLE--",
    });
    expect(f).toEqual({ ...DEFAULT_LEAD_FILTERS, stage: ["NEW"] });
  });

  it("takes the first of repeated params and accepts repeated stages", () => {
    const f = parseLeadFilters(new URLSearchParams("sort=score&sort=created&stage=QUALIFIED&stage=NEW"));
    expect(f.sort).toBe("score");
    expect(f.stage).toEqual(["NEW", "QUALIFIED"]);
  });

  it("trims and caps the search, and drops an empty one", () => {
    expect(parseLeadFilters({ q: "  Ola  " }).q).toBe("Ola");
    expect(parseLeadFilters({ q: "   " }).q).toBeUndefined();
    expect(parseLeadFilters({ q: "x".repeat(500) }).q).toHaveLength(100);
  });

  it("ignores readiness in the nurture view, and a rep wins over the scope", () => {
    expect(parseLeadFilters({ view: "nurture", readiness: "HOT" })).toMatchObject({
      view: "nurture",
      readiness: undefined,
    });
    expect(parseLeadFilters({ scope: "unassigned", rep: REP })).toMatchObject({ scope: "team", rep: REP });
  });
  it("reads a campaign and a team as ids, dropping anything else", () => {
    const campaign = "5c1f0e9a-8b7d-4e6f-a5b4-c3d2e1f0a9b8";
    const f = parseLeadFilters(new URLSearchParams(`campaign=${campaign}&team=not-an-id`));
    expect(f.campaign).toBe(campaign);
    expect(f.team).toBeUndefined();
    expect(leadFiltersToSearch(f)).toBe(`?campaign=${campaign}`);
    expect(hasNarrowingFilters(f)).toBe(true);
    expect(hasNarrowingFilters({ ...f, ...CLEAR_LEAD_FILTERS })).toBe(false);
  });
});

describe("leadFiltersToSearch", () => {
  it("leaves defaults out and round-trips", () => {
    expect(leadFiltersToSearch(DEFAULT_LEAD_FILTERS)).toBe("");
    const f = parseLeadFilters({
      view: "nurture",
      stage: "CONTACTED,NEW",
      q: "+47 912",
      overdue: "1",
      sort: "waiting",
      reverse: "1",
    });
    const search = leadFiltersToSearch(f);
    expect(search).toBe("?view=nurture&stage=NEW%2CCONTACTED&overdue=1&q=%2B47+912&sort=waiting&reverse=1");
    expect(parseLeadFilters(new URLSearchParams(search))).toEqual(f);
  });

  it("starts from the first page when a filter changes, unless given a cursor", () => {
    const f = parseLeadFilters({ cursor: "abc", channel: "WEB" });
    expect(leadFiltersToSearch(f, { channel: undefined })).toBe("");
    expect(leadFiltersToSearch(f, { cursor: "next" })).toBe("?channel=WEB&cursor=next");
  });
});

describe("hasNarrowingFilters", () => {
  it("knows when the list is narrowed", () => {
    expect(hasNarrowingFilters(DEFAULT_LEAD_FILTERS)).toBe(false);
    expect(hasNarrowingFilters(parseLeadFilters({ view: "nurture", sort: "score" }))).toBe(false);
    expect(hasNarrowingFilters(parseLeadFilters({ overdue: "1" }))).toBe(true);
  });
});

describe("parseLeadFilters on hostile URLs", () => {
  // [what, params, what the list then shows]: defaults for everything that makes no sense.
  const cases: [string, Record<string, string | string[]>, Partial<LeadFilters>][] = [
    ["a NUL byte in the search", { q: "Kari\u0000" }, { q: "Kari" }],
    ["only a NUL byte", { q: "\u0000" }, { q: undefined }],
    ["terminal escapes and a bell", { q: "\u001b[31mKari\u0007" }, { q: "[31mKari" }],
    ["line breaks and tabs", { q: "Kari\r\n\tNordmann" }, { q: "Kari Nordmann" }],
    ["C1 control characters", { q: "Ka\u0085ri\u009b" }, { q: "Ka ri" }],
    ["an overlong search cut inside an emoji", { q: `${"x".repeat(99)}😀😀` }, { q: `${"x".repeat(99)}😀` }],
    [
      "unknown enum values",
      { view: "everything", scope: "everyone", readiness: "COLD", channel: "fax", sort: "id; DROP" },
      {},
    ],
    [
      "repeated params",
      { q: ["Kari", "\u0000"], sort: ["nope", "score"], view: ["nurture", "active"] },
      { q: "Kari", view: "nurture" },
    ],
    ["ids that are not ids", { rep: "1 OR 1=1", campaign: "\u0000", team: "00000000-0000-0000-0000-00000000000g" }, {}],
    ["a cursor with a NUL byte or too long", { cursor: "abc\u0000" }, {}],
    ["a cursor of 601 characters", { cursor: "a".repeat(601) }, {}],
  ];

  it.each(cases)("falls back to defaults for %s", (_, params, expected) => {
    expect(parseLeadFilters(params)).toEqual({ ...DEFAULT_LEAD_FILTERS, ...expected });
    const search = new URLSearchParams();
    for (const [key, value] of Object.entries(params)) for (const v of [value].flat()) search.append(key, v);
    expect(parseLeadFilters(search)).toEqual({ ...DEFAULT_LEAD_FILTERS, ...expected });
  });
});
