import { describe, expect, it } from "vitest";
import { filtersToParams, parseDashboardFilters } from "./filters";

const NOW = new Date("2026-11-24T09:15:00Z");
const parse = (raw: Record<string, string | string[] | undefined>) => parseDashboardFilters(raw, NOW, "Europe/Oslo");

describe("dashboard filters from the URL", () => {
  it("defaults to the last 90 days, a 90-day conversion window and 14 days to stale", () => {
    const f = parse({});
    expect(f.range).toBe("90d");
    expect(f.to).toEqual(NOW);
    expect(f.endsNow).toBe(true);
    // From Oslo midnight 90 days ago (26 August, summer time).
    expect(f.from.toISOString()).toBe("2026-08-25T22:00:00.000Z");
    expect([f.conversionWindowDays, f.staleAfterDays, f.teamId, f.repId, f.channel, f.campaignId]).toEqual([
      90,
      14,
      null,
      null,
      null,
      null,
    ]);
  });

  it("reads presets and a custom range as Oslo calendar days across a DST change", () => {
    expect(parse({ range: "12m" }).from.toISOString()).toBe("2025-11-23T23:00:00.000Z");
    // 1 March is winter time (+1), 31 March summer time (+2): the end is midnight after the 31st.
    const f = parse({ range: "custom", from: "2026-03-01", to: "2026-03-31" });
    expect(f.from.toISOString()).toBe("2026-02-28T23:00:00.000Z");
    expect(f.to.toISOString()).toBe("2026-03-31T22:00:00.000Z");
    expect([f.fromDate, f.toDate]).toEqual(["2026-03-01", "2026-03-31"]);
  });

  it("ends a custom range that reaches into the future now", () => {
    const f = parse({ range: "custom", from: "2026-11-01", to: "2027-01-31" });
    expect(f.to).toEqual(NOW);
    expect(f.endsNow).toBe(true);
    expect(parse({ range: "custom", from: "2026-03-01", to: "2026-03-31" }).endsNow).toBe(false);
    expect(f.toDate).toBe("2026-11-24");
  });

  it("falls back field by field on nonsense, and never throws", () => {
    const f = parse({
      range: "forever",
      from: "2026-13-45",
      window: "-3",
      stale: "x",
      team: "not-a-uuid",
      rep: ["'; DROP TABLE", "x"],
      channel: "TELEPATHY",
      campaign: "1",
    });
    expect([f.range, f.conversionWindowDays, f.staleAfterDays, f.teamId, f.repId, f.channel, f.campaignId]).toEqual([
      "90d",
      90,
      14,
      null,
      null,
      null,
      null,
    ]);
    // Custom without both dates, or backwards, is the default range.
    expect(parse({ range: "custom", from: "2026-05-01" }).range).toBe("90d");
    expect(parse({ range: "custom", from: "2026-05-31", to: "2026-05-01" }).range).toBe("90d");
    expect(parse({ range: "custom", from: "2026-02-30", to: "2026-03-01" }).range).toBe("90d");
  });

  it("says why a custom range was replaced by the default, so the page can tell the user", () => {
    expect(parse({ range: "custom", from: "2026-05-31", to: "2026-05-01" }).rangeNotice).toBe("inverted");
    expect(parse({ range: "custom", from: "2026-12-01", to: "2026-12-31" }).rangeNotice).toBe("future");
    expect(parse({ range: "custom", from: "2026-05-01" }).rangeNotice).toBe("incomplete");
    expect(parse({ range: "custom", from: "2026-05-01", to: "2026-05-31" }).rangeNotice).toBeUndefined();
    expect(parse({ range: "12m" }).rangeNotice).toBeUndefined();
  });

  it("takes the first of repeated params and keeps valid ones", () => {
    const f = parse({ channel: ["CHAT", "WEB"], window: "30", rep: "0b7f3c2e-5d1a-4c7b-9e3f-2a1b4c5d6e7f" });
    expect([f.channel, f.conversionWindowDays, f.repId]).toEqual(["CHAT", 30, "0b7f3c2e-5d1a-4c7b-9e3f-2a1b4c5d6e7f"]);
  });

  it("writes back only what differs from the defaults", () => {
    expect(filtersToParams(parse({}))).toEqual({});
    const custom = parse({ range: "custom", from: "2026-05-01", to: "2026-05-31", channel: "CHAT", window: "30" });
    expect(filtersToParams(custom)).toEqual({
      range: "custom",
      from: "2026-05-01",
      to: "2026-05-31",
      channel: "CHAT",
      window: "30",
    });
    expect(parse(filtersToParams(custom))).toEqual(custom);
  });

  // Hand-made ranges: each gives the default 90 days (or keeps the part that made sense), never a throw.
  it.each([
    ["year 1 to 9999", { from: "0001-01-01", to: "9999-12-31" }],
    ["ending in year 9999", { from: "2026-01-01", to: "9999-12-31" }],
    ["the last days JavaScript can count", { from: "9999-12-30", to: "9999-12-31" }],
    ["two-digit years (read as 19xx by Date.UTC)", { from: "0099-01-01", to: "0099-12-01" }],
    ["year zero", { from: "0000-01-01", to: "0000-12-31" }],
    ["before computers", { from: "1900-01-01", to: "1900-02-01" }],
    ["a NUL byte after a date", { from: "2026-05-01\u0000", to: "2026-05-31" }],
    ["a six-digit year", { from: "+275760-09-13", to: "2026-05-31" }],
    ["dates as numbers", { from: "1", to: "99999999" }],
  ])("falls back to the default range for %s", (_, dates) => {
    const f = parse({ range: "custom", ...dates });
    expect([f.range, f.from.toISOString(), f.to]).toEqual(["90d", "2026-08-25T22:00:00.000Z", NOW]);
  });

  it.each([
    ["window", { window: ["Infinity", "1e400", "-0", "0x1e"] }],
    ["stale", { stale: "1e309" }],
    ["stale", { stale: "14.5" }],
    ["stale", { stale: "\u000014" }],
    ["team", { team: "\u0000", rep: "00000000-0000-0000-0000-00000000000g", campaign: "x".repeat(10_000) }],
    ["channel", { channel: "chat" }],
  ])("keeps the defaults for a hand-made %s", (_, raw) => {
    expect(parse(raw)).toEqual(parse({}));
  });
});
