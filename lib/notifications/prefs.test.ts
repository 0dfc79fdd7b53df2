import { describe, expect, it } from "vitest";
import { DEFAULT_BUSINESS_HOURS } from "@/lib/business-hours";
import {
  DEFAULT_NOTIFICATION_PREFS,
  inQuietHours,
  isOpenAt,
  mayInterrupt,
  readNotificationPrefs,
  wants,
} from "./prefs";

const OSLO = "Europe/Oslo";

describe("notification preferences", () => {
  it("fall back to the defaults for nothing stored or a broken value", () => {
    expect(readNotificationPrefs(null)).toEqual(DEFAULT_NOTIFICATION_PREFS);
    expect(readNotificationPrefs({ email: ["NOT_A_KIND"] })).toEqual(DEFAULT_NOTIFICATION_PREFS);
    expect(wants(DEFAULT_NOTIFICATION_PREFS, "push", "SLA_WARNING")).toBe(true);
    expect(wants(DEFAULT_NOTIFICATION_PREFS, "email", "SLA_WARNING")).toBe(false);
  });

  it("keep what the user chose and default the rest", () => {
    const prefs = readNotificationPrefs({ push: ["SLA_BREACHED"] });
    expect(wants(prefs, "push", "LEAD_ASSIGNED")).toBe(false);
    expect(wants(prefs, "push", "SLA_BREACHED")).toBe(true);
    expect(wants(prefs, "email", "LEAD_ASSIGNED")).toBe(true);
  });

  it("read quiet hours on the user's clock, across midnight and across DST", () => {
    const prefs = { ...DEFAULT_NOTIFICATION_PREFS, quiet: { start: "22:00", end: "07:00" } };
    // 21:30 UTC in December is 22:30 in Oslo (UTC+1): quiet.
    expect(inQuietHours(prefs, new Date("2026-12-08T21:30:00Z"), OSLO)).toBe(true);
    // 06:30 UTC is 07:30 in Oslo: awake again.
    expect(inQuietHours(prefs, new Date("2026-12-08T06:30:00Z"), OSLO)).toBe(false);
    // 20:30 UTC in July is 22:30 in Oslo (UTC+2, summer time): quiet.
    expect(inQuietHours(prefs, new Date("2026-07-08T20:30:00Z"), OSLO)).toBe(true);
    expect(inQuietHours(DEFAULT_NOTIFICATION_PREFS, new Date("2026-12-08T23:00:00Z"), OSLO)).toBe(false);
    const lunch = { ...DEFAULT_NOTIFICATION_PREFS, quiet: { start: "11:30", end: "12:00" } };
    expect(inQuietHours(lunch, new Date("2026-12-08T10:45:00Z"), OSLO)).toBe(true);
    expect(inQuietHours(lunch, new Date("2026-12-08T11:00:00Z"), OSLO)).toBe(false);
  });

  it("let only HOT leads through outside business hours or in quiet hours", () => {
    expect(mayInterrupt({ urgent: false, open: true, quiet: false })).toBe(true);
    expect(mayInterrupt({ urgent: false, open: false, quiet: false })).toBe(false);
    expect(mayInterrupt({ urgent: false, open: true, quiet: true })).toBe(false);
    expect(mayInterrupt({ urgent: true, open: false, quiet: true })).toBe(true);
  });

  it("know when the business is open", () => {
    // Tuesday 8 Dec 2026: 09:00 UTC is 10:00 in Oslo, open; 17:00 UTC is 18:00, closed.
    expect(isOpenAt(new Date("2026-12-08T09:00:00Z"), DEFAULT_BUSINESS_HOURS)).toBe(true);
    expect(isOpenAt(new Date("2026-12-08T17:00:00Z"), DEFAULT_BUSINESS_HOURS)).toBe(false);
    expect(isOpenAt(new Date("2026-12-12T09:00:00Z"), DEFAULT_BUSINESS_HOURS)).toBe(false); // Saturday
  });
});
