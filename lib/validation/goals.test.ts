import { describe, expect, it } from "vitest";
import { goalSchema } from "./goals";

const form = {
  month: "2026-05",
  kind: "team",
  targetId: "5f0c6a52-8f0a-4b55-9d3e-2f7c1b9a0c11",
  answeredWithinSla: "",
  wonDeals: "",
  wonValue: "250 000",
};

describe("goalSchema", () => {
  it("reads the won value's currency, and refuses one Reise does not keep", () => {
    expect(goalSchema.parse({ ...form, currency: "DKK" })).toMatchObject({ wonValue: 250_000, currency: "DKK" });
    expect(goalSchema.safeParse({ ...form, currency: "SEK" }).success).toBe(false);
  });

  it("leaves the currency unset when a form from before the select has none, so the goal keeps its own", () => {
    // Defaulting to NOK here turned a Danish team's DKK goal into NOK on a save from an old tab.
    expect(goalSchema.parse(form).currency).toBeUndefined();
  });
});
