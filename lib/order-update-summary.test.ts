import { describe, expect, it } from "vitest";
import { deliveryMoveSummary, localizedOrderUpdate, parseDeliveryMoveSummary } from "./order-update-summary";

const nbWords = {
  moved: (v: { number: string; from: string; to: string; reason: string }) =>
    `Ordre ${v.number}: forventet levering flyttet fra ${v.from} til ${v.to} — ${v.reason}`,
  noDate: () => "ingen dato",
  day: (at: Date) =>
    new Intl.DateTimeFormat("nb", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(at),
};

describe("a moved delivery date on the timeline", () => {
  const move = { number: "R-1042", from: "2026-12-01", to: "2026-12-10", reason: "Leverandøren er\nforsinket" };

  it("is stored in English and read back into its parts", () => {
    const stored = deliveryMoveSummary(move);
    expect(stored).toBe(
      "Order R-1042: expected delivery moved from 2026-12-01 to 2026-12-10 — Leverandøren er\nforsinket",
    );
    expect(parseDeliveryMoveSummary(stored)).toEqual(move);
    expect(parseDeliveryMoveSummary(deliveryMoveSummary({ ...move, from: null }))).toEqual({ ...move, from: null });
  });

  it("reads in the reader's language with their date format", () => {
    const text = localizedOrderUpdate(deliveryMoveSummary(move), nbWords);
    expect(text).toBe(
      "Ordre R-1042: forventet levering flyttet fra 1. desember 2026 til 10. desember 2026 — Leverandøren er\nforsinket",
    );
    expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}|expected/);
    expect(localizedOrderUpdate(deliveryMoveSummary({ ...move, from: null }), nbWords)).toContain("fra ingen dato til");
  });

  it("leaves any other summary as it was", () => {
    expect(localizedOrderUpdate("Order R-1042: in production", nbWords)).toBe("Order R-1042: in production");
  });
});
