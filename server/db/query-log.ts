import "server-only";
import fs from "node:fs";
import type { PrismaClient } from "@/generated/prisma/client";

// REISE_QUERY_LOG=<file> appends every query Prisma sends (text, parameters,
// its own time) as one JSON line. The benchmark (scripts/bench) reads the
// lines one page request produced and re-runs them directly on the database,
// to compare a page with the SQL it needs. Off unless set; never in production.

export type LoggedQuery = { query: string; params: string; ms: number };

export function queryLogFile(): string | undefined {
  return process.env.REISE_QUERY_LOG || undefined;
}

/** Prisma client options that make it emit query events, when the log is on. */
export function queryLogOptions() {
  return queryLogFile() ? { log: [{ emit: "event" as const, level: "query" as const }] } : {};
}

export function attachQueryLog(prisma: PrismaClient) {
  const file = queryLogFile();
  if (!file) return;
  // Synchronous, so lines land in request order and before the response ends.
  (prisma.$on as (event: "query", cb: (e: { query: string; params: string; duration: number }) => void) => void)(
    "query",
    (e) =>
      fs.appendFileSync(
        file,
        `${JSON.stringify({ query: e.query, params: e.params, ms: e.duration } satisfies LoggedQuery)}\n`,
      ),
  );
}
