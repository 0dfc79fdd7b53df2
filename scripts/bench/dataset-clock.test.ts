import { describe, expect, it } from "vitest";
import { datasetClock } from "./dataset-clock";

describe("the benchmark server's clock", () => {
  const now = Date.parse("2026-12-06T16:00:00Z");

  it("runs from the moment a days-old dataset was seeded, so its response clocks have not all run out", () => {
    expect(datasetClock(new Date("2026-12-02T09:30:00Z"), now)).toEqual({ REISE_NOW: "2026-12-02T09:30:00.000Z" });
  });

  it("is the real clock for a dataset seeded within the hour, or an empty one", () => {
    expect(datasetClock(new Date(now - 20 * 60_000), now)).toEqual({});
    expect(datasetClock(null, now)).toEqual({});
  });
});
