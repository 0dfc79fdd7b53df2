import { describe, expect, it } from "vitest";
import { leadChangesQuerySchema } from "./lead-changes";

// GET /api/leads/changes?since=…: the list's poll sends back the `now` it was given, but anyone
// can call it by hand. What the database cannot compare with is a 400, never a 500.
describe("leadChangesQuerySchema", () => {
  it("reads the time the poll sends back", () => {
    const parsed = leadChangesQuerySchema.safeParse({ since: "2026-11-24T09:15:00.000Z" });
    expect(parsed.success && parsed.data.since).toEqual(new Date("2026-11-24T09:15:00Z"));
    expect(leadChangesQuerySchema.safeParse({ since: "2026-11-24T10:15:00+01:00" }).success).toBe(true);
  });

  it.each([
    ["year 0, which PostgreSQL refuses", "0000-01-01T00:00:00Z"],
    ["year 1", "0001-01-01T00:00:00Z"],
    ["an impossible date", "2026-02-30T00:00:00Z"],
    ["a NUL byte", "2026-11-24T09:15:00Z\u0000"],
    ["no zone", "2026-11-24T09:15:00"],
    ["nothing", null],
  ])("refuses %s", (_, since) => {
    expect(leadChangesQuerySchema.safeParse({ since }).success).toBe(false);
  });
});
