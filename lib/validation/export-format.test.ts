import { describe, expect, it } from "vitest";
import { isoWithOffset } from "@/lib/time-zone";
import { CSV_DIALECTS, defaultExportFormat, parseExportFormat } from "./export-format";

describe("export format", () => {
  it("defaults to Excel's dialect for Nordic readers and plain CSV for English ones", () => {
    expect(defaultExportFormat("nb")).toBe("excel");
    expect(defaultExportFormat("da")).toBe("excel");
    expect(defaultExportFormat("en")).toBe("csv");
    expect(CSV_DIALECTS.excel).toEqual({ delimiter: ";", bom: true, recordDelimiter: "\r\n" });
    expect(CSV_DIALECTS.csv).toEqual({ delimiter: ",", bom: false, recordDelimiter: "\n" });
  });

  it("takes an explicit choice and refuses anything else", () => {
    const parse = (s: string) => parseExportFormat(new URLSearchParams(s), "nb");
    expect(parse("")).toEqual({ ok: true, format: "excel" });
    expect(parse("format=csv")).toEqual({ ok: true, format: "csv" });
    expect(parse("format=excel")).toEqual({ ok: true, format: "excel" });
    for (const bad of ["format=", "format=CSV", "format=xlsx", "format=csv&format=csv"]) {
      expect(parse(bad)).toEqual({ ok: false });
    }
  });
});

describe("isoWithOffset", () => {
  it("writes the zone's wall clock with its offset, across DST and west of UTC", () => {
    expect(isoWithOffset(Date.parse("2026-11-24T09:15:00.999Z"), "Europe/Oslo")).toBe("2026-11-24T10:15:00+01:00");
    expect(isoWithOffset(Date.parse("2026-07-01T10:00:00Z"), "Europe/Copenhagen")).toBe("2026-07-01T12:00:00+02:00");
    expect(isoWithOffset(Date.parse("2026-07-01T10:00:00Z"), "America/St_Johns")).toBe("2026-07-01T07:30:00-02:30");
    expect(isoWithOffset(Date.parse("2026-07-01T10:00:00Z"), "UTC")).toBe("2026-07-01T10:00:00+00:00");
  });
});
