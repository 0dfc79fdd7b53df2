import { describe, expect, it } from "vitest";
import { availableRewards, pointsForOrder, progressToNextTier, tierForPoints, tierWindowStart } from "./loyalty";

describe("loyalty rules", () => {
  it("gives a tier from the points earned in the window, thresholds inclusive", () => {
    expect(tierForPoints(0)).toBe("BASIC");
    expect(tierForPoints(4_999)).toBe("BASIC");
    expect(tierForPoints(5_000)).toBe("SILVER");
    expect(tierForPoints(19_999)).toBe("SILVER");
    expect(tierForPoints(20_000)).toBe("GOLD");
    expect(tierForPoints(50_000)).toBe("PLATINUM");
  });

  it("earns points per whole krone at each currency's rate", () => {
    expect(pointsForOrder(459_900_00, "NOK")).toBe(30_660); // 459 900 kr / 15
    expect(pointsForOrder(123_450_00, "DKK")).toBe(12_345); // 123 450 kr. / 10
    expect(pointsForOrder(1_000_00, "EUR")).toBe(750);
    expect(pointsForOrder(-500, "NOK")).toBe(0);
  });

  it("shows how far the next tier is, and nothing above platinum", () => {
    expect(progressToNextTier(1_000)).toEqual({ tier: "SILVER", threshold: 5_000, missing: 4_000, ratio: 0.2 });
    expect(progressToNextTier(12_500)).toMatchObject({ tier: "GOLD", missing: 7_500, ratio: 0.5 });
    expect(progressToNextTier(60_000)).toBeNull();
  });

  it("offers only the rewards the balance covers", () => {
    expect(availableRewards(4_999)).toEqual([]);
    expect(availableRewards(7_000)).toEqual([{ points: 5_000, value: 500 }]);
    expect(availableRewards(10_000)).toHaveLength(2);
  });

  it("counts the tier window back 365 days", () => {
    expect(tierWindowStart(new Date("2026-11-24T00:00:00Z")).toISOString()).toBe("2025-11-24T00:00:00.000Z");
  });
});
