import { describe, expect, it } from "vitest";
import { parseDashboardFilters } from "./filters";
import { leadListHref } from "./lead-links";

const now = new Date("2026-11-24T09:00:00Z");
const rep = "0b7f3c2e-5d1a-4c7b-9e3f-2a1b4c5d6e7f";

describe("links from the dashboard to the lead list", () => {
  it("carries the stage, the channel and the rep a manager chose", () => {
    const f = parseDashboardFilters({ channel: "CHAT", rep }, now);
    expect(leadListHref(f, "MANAGER", { stage: "QUALIFIED" })).toBe(`/leads?rep=${rep}&stage=QUALIFIED&channel=CHAT`);
  });

  it("shows a sales rep their own leads, never another rep's", () => {
    const f = parseDashboardFilters({ rep }, now);
    expect(leadListHref(f, "SALES", { stage: "NEW" })).toBe("/leads?scope=mine&stage=NEW");
  });

  it("links a row's own channel and the overdue view", () => {
    const f = parseDashboardFilters({}, now);
    expect(leadListHref(f, "MANAGER", { channel: "WEB" })).toBe("/leads?channel=WEB");
    expect(leadListHref(f, "MANAGER", { overdue: true })).toBe("/leads?overdue=1");
  });
});
