import { describe, expect, it } from "vitest";
import { formatMajorAmount, parseMajorAmount } from "./board-move-options";

describe("parseMajorAmount", () => {
  it("reads amounts the way they are typed in Norway, Denmark and English", () => {
    expect(parseMajorAmount("459 900")).toBe(45_990_000);
    expect(parseMajorAmount("459.900")).toBe(45_990_000);
    expect(parseMajorAmount("459,900")).toBe(45_990_000);
    expect(parseMajorAmount("12 345,50")).toBe(1_234_550);
    expect(parseMajorAmount("1,299.95")).toBe(129_995);
    expect(parseMajorAmount("€1,299.9")).toBe(129_990);
    expect(parseMajorAmount("350 000 kr")).toBe(35_000_000);
    expect(parseMajorAmount("0")).toBe(0);
  });

  it("refuses what is not an amount, negative amounts and amounts a lead cannot hold", () => {
    for (const bad of ["", "abc", "-5", "12a", "1e6", ",50", "99999999999"]) expect(parseMajorAmount(bad)).toBeNull();
  });

  it("formats a stored value back into the field", () => {
    expect(formatMajorAmount(45_990_000)).toBe("459900");
    expect(formatMajorAmount(1_234_550)).toBe("12345.50");
    expect(parseMajorAmount(formatMajorAmount(1_234_550))).toBe(1_234_550);
  });
});
