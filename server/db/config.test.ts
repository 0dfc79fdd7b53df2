import net from "node:net";
import { beforeAll, describe, expect, it } from "vitest";
import { DatabaseSetupError, resolveDbConfig } from "./config";
import { openSqlClient } from "./sql";
import { runScript } from "@/test/worlds/databases";

// A misconfigured database must read as one line a person can act on, and
// must never print the password it was given.
const SECRET = "s3cret-pw";

/** A port on 127.0.0.1 that nothing listens on. */
async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

function setupError(fn: () => unknown): DatabaseSetupError {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(DatabaseSetupError);
    return error as DatabaseSetupError;
  }
  throw new Error("expected a DatabaseSetupError");
}

describe("DATABASE_URL", () => {
  it("uses the embedded database in REISE_DATA_DIR, or ./data/pglite, when unset or blank", () => {
    expect(resolveDbConfig({ DATABASE_URL: "  ", REISE_DATA_DIR: "/srv/reise/db" })).toEqual({
      kind: "pglite",
      dataDir: "/srv/reise/db",
    });
    expect(resolveDbConfig({})).toMatchObject({ kind: "pglite", dataDir: expect.stringMatching(/data\/pglite$/) });
  });

  it.each([
    ["not a URL", `postgres//reise:${SECRET}@db/reise`, /^DATABASE_URL is not a valid URL/],
    ["another database's scheme", `mysql://reise:${SECRET}@db/reise`, /must start with postgres:\/\//],
    ["no database name", `postgres://reise:${SECRET}@db:5432`, /needs a host and a database name/],
  ])("rejects %s in one line, without the password", (_, url, message) => {
    const error = setupError(() => resolveDbConfig({ DATABASE_URL: url }));
    expect(error.message).toMatch(message);
    expect(error.message).not.toContain("\n");
    expect(error.message).not.toContain(SECRET);
  });

  it("hides the password in the URL it shows, wherever the URL carries it", () => {
    const config = resolveDbConfig({
      DATABASE_URL: `postgresql://reise:${SECRET}@db.example:5432/reise?sslmode=require&password=${SECRET}`,
    });
    expect(config).toMatchObject({ kind: "postgres", url: expect.stringContaining(SECRET) });
    const safeUrl = config.kind === "postgres" ? config.safeUrl : "";
    expect(safeUrl).not.toContain(SECRET);
    expect(safeUrl).toContain("reise:***@db.example:5432/reise?sslmode=require");
  });
});

describe("an unreachable PostgreSQL", () => {
  let url: string;
  let port: number;
  beforeAll(async () => {
    port = await closedPort();
    url = `postgres://reise:${SECRET}@127.0.0.1:${port}/reise`;
  });

  it("fails to open with one line naming the server, not the password", async () => {
    const failure = await openSqlClient(resolveDbConfig({ DATABASE_URL: url }), "test").catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(DatabaseSetupError);
    const { message } = failure as Error;
    expect(message).toBe(
      `Cannot reach PostgreSQL at postgres://reise:***@127.0.0.1:${port}/reise: connection refused (is the server running?)`,
    );
  });
});

describe("npm run db:migrate with a bad DATABASE_URL", () => {
  it("exits 1 with one line on stderr and no stack trace, for a malformed and an unreachable URL", async () => {
    const port = await closedPort();
    const [malformed, unreachable] = await Promise.all([
      runScript("scripts/db-migrate.ts", { DATABASE_URL: `postgres//reise:${SECRET}@db/reise` }),
      runScript("scripts/db-migrate.ts", { DATABASE_URL: `postgres://reise:${SECRET}@127.0.0.1:${port}/reise` }),
    ]);
    for (const result of [malformed, unreachable]) {
      expect(result.code).toBe(1);
      expect(result.stderr.trim().split("\n")).toHaveLength(1);
      expect(result.stderr).not.toMatch(/\bat .+:\d+:\d+/); // a stack frame
      expect(result.stderr).not.toContain(SECRET);
    }
    expect(malformed.stderr).toMatch(/^reise: DATABASE_URL is not a valid URL/);
    expect(unreachable.stderr).toMatch(
      new RegExp(`^reise: Cannot reach PostgreSQL at postgres://reise:\\*\\*\\*@127\\.0\\.0\\.1:${port}/reise`),
    );
  });
});
