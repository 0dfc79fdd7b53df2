import { describe, expect, it } from "vitest";
import { auditLines } from "./audit-diff";

describe("audit lines", () => {
  it("shows a plain change as one line, and the other fields as values", () => {
    expect(auditLines({ from: "NEW", to: "LOST", lostReason: "Bought elsewhere" })).toEqual([
      { kind: "change", path: "", from: "NEW", to: "LOST" },
      { kind: "value", path: "lostReason", value: "Bought elsewhere" },
    ]);
  });

  it("lists only the fields that differ between two objects", () => {
    const from = { hours: { start: "08:00", days: [1, 2, 3] }, minutesByChannel: { CHAT: 15, WEB: 60 } };
    const to = { hours: { start: "09:00", days: [1, 2, 3] }, minutesByChannel: { CHAT: 20, WEB: 60, SMS: 30 } };
    expect(auditLines({ from, to })).toEqual([
      { kind: "change", path: "hours.start", from: "08:00", to: "09:00" },
      { kind: "change", path: "minutesByChannel.CHAT", from: 15, to: 20 },
      { kind: "change", path: "minutesByChannel.SMS", from: undefined, to: 30 },
    ]);
  });

  it("reads a change nested under a field, and tolerates data that is not an object", () => {
    expect(auditLines({ owner: { from: null, to: "u1" } })).toEqual([
      { kind: "change", path: "owner", from: null, to: "u1" },
    ]);
    expect(auditLines(null)).toEqual([]);
    expect(auditLines("text")).toEqual([{ kind: "value", path: "", value: "text" }]);
  });
});
