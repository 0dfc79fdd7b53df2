import { describe, expect, it } from "vitest";
import { compareResults, formatComparison } from "./compare";
import { sampleResult } from "./fixtures.test-support";

describe("compareResults", () => {
  it("pairs every metric of both runs and gives the change in percent", () => {
    const a = sampleResult();
    const b = sampleResult({
      routes: [{ ...a.routes[0], page: { ...a.routes[0].page!, p95: 45 } }],
      actions: [],
      firstLoadJs: [{ route: "/leads", gzipBytes: 102_400, files: 8 }],
    });
    const deltas = compareResults(a, b);
    expect(deltas.find((d) => d.subject === "leads" && d.metric === "page p95 ms")).toEqual({
      subject: "leads",
      metric: "page p95 ms",
      a: 60,
      b: 45,
      changePct: -25,
    });
    expect(deltas.find((d) => d.subject === "follow-up" && d.metric === "p95 ms")).toEqual({
      subject: "follow-up",
      metric: "p95 ms",
      a: 30,
      b: null,
      changePct: null,
    });
    expect(deltas.find((d) => d.metric === "first-load JS kB")).toMatchObject({ a: 146.5, b: 100 });
  });

  it("formats a table with a header and signed changes", () => {
    const text = formatComparison(
      [{ subject: "leads", metric: "page p95 ms", a: 60, b: 66, changePct: 10 }],
      ["before", "after"],
    );
    expect(text.split("\n")).toHaveLength(2);
    expect(text).toMatch(/before\s+after\s+change/);
    expect(text).toMatch(/leads\s+page p95 ms\s+60\s+66\s+\+10 %/);
  });
});
