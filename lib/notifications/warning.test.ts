import { describe, expect, it } from "vitest";
import { escalationAt, warningAt, warningLeadMinutes } from "./warning";

describe("the runs-out-soon warning", () => {
  it("comes 10 minutes ahead of a long promise and a quarter ahead of a short one", () => {
    expect(warningLeadMinutes(240, null)).toBe(10); // e-mail, 4 h: a quarter would be an hour
    expect(warningLeadMinutes(60, null)).toBe(10); // web: a quarter is 15, 10 is shorter
    expect(warningLeadMinutes(30, null)).toBe(7.5); // phone callback
    expect(warningLeadMinutes(15, null)).toBe(3.75); // chat
  });

  it("takes the manager's lead time, but never more than the whole promise", () => {
    expect(warningLeadMinutes(240, 30)).toBe(30);
    expect(warningLeadMinutes(15, 30)).toBe(15);
    expect(warningLeadMinutes(15, 0)).toBe(0);
  });

  it("is counted back from the due time on the wall clock", () => {
    const due = new Date("2026-12-08T09:15:00Z");
    expect(warningAt(due, 15, null).toISOString()).toBe("2026-12-08T09:11:15.000Z");
    expect(escalationAt(due, 30).toISOString()).toBe("2026-12-08T09:45:00.000Z");
  });
});
