import { describe, expect, it } from "vitest";
import { DEFAULT_SLA_CONFIG } from "./sla";
import { slaExample } from "./sla-example";

describe("slaExample", () => {
  it("is the Friday 16:50 chat due Monday 08:05 with the defaults", () => {
    expect(slaExample(DEFAULT_SLA_CONFIG, "CHAT")).toEqual({
      arrivesAt: new Date("2026-11-27T15:50:00Z"),
      dueAt: new Date("2026-11-30T07:05:00Z"),
    });
  });

  it("follows the open days, hours and zone: Saturday 13:50 in Helsinki, 30 minutes → Monday 09:20", () => {
    const config = {
      minutesByChannel: { ...DEFAULT_SLA_CONFIG.minutesByChannel, CHAT: 30 },
      hours: { timeZone: "Europe/Helsinki", days: [1, 2, 3, 4, 5, 6], start: "09:00", end: "14:00" },
    };
    expect(slaExample(config, "CHAT")).toEqual({
      arrivesAt: new Date("2026-11-28T11:50:00Z"),
      dueAt: new Date("2026-11-30T07:20:00Z"),
    });
  });
});
