import { describe, expect, it } from "vitest";
import type { SqlRunner } from "@/server/db/sql";
import { parseParams, parseQueryLines } from "./query-log";
import { replayRequests } from "./sql-floor";

describe("parseQueryLines", () => {
  it("reads Prisma's query events as logged, parameters parsed from their JSON string", () => {
    const text = `${JSON.stringify({ query: "SELECT $1", params: '["a",1]', ms: 2 })}\n${JSON.stringify({ query: "SELECT 1", params: "[]", ms: 0 })}\n`;
    expect(parseQueryLines(text)).toEqual([
      { query: "SELECT $1", params: ["a", 1], ms: 2 },
      { query: "SELECT 1", params: [], ms: 0 },
    ]);
    expect(parseParams("not json")).toEqual([]);
    expect(parseParams(undefined)).toEqual([]);
  });
});

describe("replayRequests", () => {
  it("re-runs each request's statements with their parameters, skipping transaction control, and counts failures", async () => {
    const ran: [string, unknown[] | undefined][] = [];
    const sql: SqlRunner = {
      async query(text, params) {
        ran.push([text, params]);
        if (text.includes("broken")) throw new Error("syntax error\nat position 3");
        return [];
      },
      async exec() {},
    };
    const q = (query: string, params: unknown[] = []) => ({ query: query, params, ms: 1 });
    const result = await replayRequests(sql, [[q("BEGIN"), q("SELECT $1", [7]), q("COMMIT")], [q("SELECT broken")]], 1);
    expect(ran).toEqual([
      ["SELECT $1", [7]],
      ["SELECT $1", [7]],
      ["SELECT broken", []],
    ]);
    expect(result.samples).toHaveLength(2);
    expect(result).toMatchObject({ queries: 2, failed: 1, firstError: "syntax error in: SELECT broken" });
    expect(result.slowest.map((s) => s.query).sort()).toEqual(["SELECT $1", "SELECT broken"]);
  });
});
