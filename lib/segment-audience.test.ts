import { describe, expect, it } from "vitest";
import { parseCustomerFilters } from "@/lib/validation/customer-filters";
import { segmentAudience } from "./segment-audience";

describe("segmentAudience", () => {
  it("limits a marketing segment to customers who consent to marketing, whatever its filters say", () => {
    for (const search of ["", "marketing=no", "marketing=yes", "tier=GOLD&marketing=no"]) {
      expect(segmentAudience(parseCustomerFilters(new URLSearchParams(search)), { marketing: true }).marketing).toBe(
        "yes",
      );
    }
    expect(segmentAudience(parseCustomerFilters(new URLSearchParams("tier=GOLD")), { marketing: true }).tier).toEqual([
      "GOLD",
    ]);
  });

  it("leaves other segments and plain filters as they are", () => {
    const f = parseCustomerFilters(new URLSearchParams("marketing=no"));
    expect(segmentAudience(f, { marketing: false })).toBe(f);
    expect(segmentAudience(f, null)).toBe(f);
  });
});
