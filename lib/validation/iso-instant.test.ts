import { describe, expect, it } from "vitest";
import { isIsoInstant } from "./iso-instant";

describe("isIsoInstant", () => {
  it.each(["2026-11-24T09:15:00.000Z", "0001-01-01T00:00:00.000Z", "9999-12-31T23:59:59.999Z"])("accepts %s", (v) => {
    expect(isIsoInstant(v)).toBe(true);
  });

  it.each([
    "2026-02-30T00:00:00.000Z",
    "2026-11-24T24:00:00.000Z",
    "0000-01-01T00:00:00.000Z",
    "+275760-09-13T00:00:00.000Z",
    "-000001-01-01T00:00:00.000Z",
    "2026-11-24T09:15:00Z",
    "2026-11-24T10:15:00.000+01:00",
    "2026-11-24",
    "1",
    "Tuesday 5",
    "2026-11-24T09:15:00.000Z\u0000",
  ])("refuses %j", (v) => {
    expect(isIsoInstant(v)).toBe(false);
  });
});
