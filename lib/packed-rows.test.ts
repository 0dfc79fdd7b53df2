import { describe, expect, it } from "vitest";
import { packRows, unpackRows } from "./packed-rows";

type Row = { id: string; name: string; phone: string | null; score: number; due?: string };

const rows: Row[] = [
  { id: "a", name: "Linh Nguyen", phone: "+4742971337", score: 100, due: "2026-12-03T07:15:00.000Z" },
  { id: "b", name: "Ali Moen", phone: null, score: 0, due: undefined },
];

describe("packed rows", () => {
  it("gives back the same rows, nulls, zeros and missing values included", () => {
    expect(unpackRows(packRows(rows))).toEqual(rows);
    expect(unpackRows(packRows<Row>([]))).toEqual([]);
  });

  it("names each key once, however many rows there are", () => {
    const many = Array.from({ length: 50 }, (_, i) => ({ ...rows[0], id: String(i) }));
    const packed = JSON.stringify(packRows(many));
    expect(packed.split('"phone"')).toHaveLength(2);
    expect(packed.length).toBeLessThan(JSON.stringify(many).length * 0.75);
  });

  it("sends instants as numbers and gives back the same ISO strings", () => {
    const timed = [
      { id: "a", at: "2026-12-03T04:48:52.448Z", due: null },
      { id: "b", at: "2026-03-29T01:00:00.000Z", due: "1970-01-01T00:00:00.000Z" },
    ];
    const packed = packRows(timed);
    expect(packed.values[0]).toEqual(["a", Date.parse("2026-12-03T04:48:52.448Z"), null]);
    expect(unpackRows(packed)).toEqual(timed);
  });

  it("leaves strings that only look like instants as they are", () => {
    // Free text typed into a web form can be shaped like an instant without being one.
    const impossible = [{ name: "2026-13-01T25:00:00.000Z" }, { name: "Ali Moen" }];
    expect(unpackRows(packRows(impossible))).toEqual(impossible);
    const loose = [{ note: "2026-12-03T04:48:52Z" }, { note: "2026-12-03T04:48:52.448Z" }];
    expect(packRows(loose).values).toEqual([["2026-12-03T04:48:52Z"], ["2026-12-03T04:48:52.448Z"]]);
    expect(unpackRows(packRows(loose))).toEqual(loose);
  });

  it("sends a repeated word once per column, and keeps numbers, nulls and one-off strings apart", () => {
    const staged = Array.from({ length: 10 }, (_, i) => ({
      id: `lead-${i}`,
      stage: i % 3 ? "CONTACTED" : "NEW",
      owner: i === 4 ? null : "Magnus Berg",
      score: i % 2,
    }));
    const packed = packRows(staged);
    const text = JSON.stringify(packed);
    expect(text.split('"CONTACTED"')).toHaveLength(2);
    expect(text.split('"Magnus Berg"')).toHaveLength(2);
    expect(text.split('"lead-')).toHaveLength(11);
    expect(unpackRows(packed)).toEqual(staged);
  });
});
