import "server-only";
import path from "node:path";

export type DbConfig = { kind: "pglite"; dataDir: string } | { kind: "postgres"; url: string; safeUrl: string };

/** A failure a person can act on: printed as one line, never as a stack trace. */
export class DatabaseSetupError extends Error {
  override name = "DatabaseSetupError";
}

/** DATABASE_URL chooses PostgreSQL; otherwise the embedded PGlite in REISE_DATA_DIR (default ./data/pglite). */
export function resolveDbConfig(env: Readonly<Record<string, string | undefined>> = process.env): DbConfig {
  const raw = env.DATABASE_URL?.trim();
  if (!raw) {
    const dir = env.REISE_DATA_DIR ?? path.join("data", "pglite");
    // memory:// gives a throwaway in-memory database (tests).
    return { kind: "pglite", dataDir: dir.startsWith("memory://") ? dir : path.resolve(dir) };
  }
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new DatabaseSetupError(
      "DATABASE_URL is not a valid URL. Expected postgres://user:password@host:5432/database",
    );
  }
  if (url.protocol !== "postgres:" && url.protocol !== "postgresql:") {
    throw new DatabaseSetupError(`DATABASE_URL must start with postgres:// or postgresql:// (got ${url.protocol}//…)`);
  }
  if (!url.hostname || url.pathname.length <= 1) {
    throw new DatabaseSetupError(
      "DATABASE_URL needs a host and a database name, e.g. postgres://user:password@localhost:5432/reise",
    );
  }
  return { kind: "postgres", url: raw, safeUrl: redactUrl(url) };
}

/** The URL without its password, for messages and /api/health. */
function redactUrl(url: URL): string {
  const copy = new URL(url.toString());
  if (copy.password) copy.password = "***";
  // libpq and node-postgres also accept the password as a query parameter.
  for (const key of [...copy.searchParams.keys()]) {
    if (/pass/i.test(key)) copy.searchParams.set(key, "***");
  }
  return copy.toString();
}
