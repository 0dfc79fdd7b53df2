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
});
