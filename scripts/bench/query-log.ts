// Reading the server's query log (REISE_QUERY_LOG, see server/db/query-log.ts):
// the lines one request appended, found by the file's length before and after it.
import fs from "node:fs";

export interface CapturedQuery {
  query: string;
  params: unknown[];
  ms: number;
}

export function logLength(file: string): number {
  return fs.existsSync(file) ? fs.statSync(file).size : 0;
}

/** The queries logged between two byte offsets of the log. */
export function readQueries(file: string, from: number, to: number): CapturedQuery[] {
  if (to <= from) return [];
  const fd = fs.openSync(file, "r");
  try {
    const buffer = Buffer.alloc(to - from);
    fs.readSync(fd, buffer, 0, buffer.length, from);
    return parseQueryLines(buffer.toString("utf8"));
  } finally {
    fs.closeSync(fd);
  }
}

export function parseQueryLines(text: string): CapturedQuery[] {
  return text
    .split("\n")
    .filter(Boolean)
    .map((line) => {
      const { query, params, ms } = JSON.parse(line) as { query: string; params: string; ms: number };
      return { query, params: parseParams(params), ms };
    });
}

/** Prisma logs parameters as a JSON array in a string; an unparsable one becomes no parameters. */
export function parseParams(params: string | undefined): unknown[] {
  if (!params) return [];
  try {
    const parsed = JSON.parse(params);
    return Array.isArray(parsed) ? parsed : [];
  } catch {
    return [];
  }
}
