import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { openSqlClient, type SqlClient } from "@/server/db/sql";
import { testDatabases } from "@/test/worlds/databases";
import { openJobWorld, type JobWorld } from "@/test/jobs/job-world";
import { defineJob } from "./define";
import { enqueue } from "./enqueue";
import { JobRunner } from "./runner";

// Two app instances on one database, each with its own connection pool, work one queue of 1,000
// jobs: every job runs exactly once, and both take a share. On PGlite both runners share the one
// in-process database, as two would-be instances cannot open one folder.

describe.each(testDatabases)("two runners on $name", (database) => {
  let world: JobWorld;
  let second: SqlClient;
  beforeAll(async () => {
    world = await openJobWorld(database);
    // The second instance: its own pool on the same test database (not DATABASE_URL's own database,
    // which the tests never use).
    second = database.kind === "postgres" ? await openSqlClient(world.sql.config, "second instance") : world.sql;
  });
  afterAll(async () => {
    if (second && second !== world?.sql) await second.close();
    await world?.close();
  });

  it("run each of 1,000 jobs exactly once", async () => {
    const runs = new Map<number, string[]>();
    const work = defineJob({
      kind: "test.work",
      payload: z.object({ n: z.number().int() }),
      async run({ n }, { jobId }) {
        await new Promise((resolve) => setImmediate(resolve)); // let the other runner interleave
        runs.set(n, [...(runs.get(n) ?? []), jobId]);
      },
    });
    for (let n = 0; n < 1000; n++) await enqueue(world.sql, work, { payload: { n } });

    const runners = [world.sql, second].map(
      (sql, i) =>
        new JobRunner({
          sql,
          prisma: world.prisma,
          jobs: [work],
          concurrency: 8,
          minIdleMs: 10,
          maxIdleMs: 50,
          workerId: `instance-${i + 1}`,
          log: () => {},
        }),
    );
    const started = performance.now();
    await Promise.all(runners.map((r) => r.start()));
    while (runs.size < 1000 && performance.now() - started < 60_000)
      await new Promise((resolve) => setTimeout(resolve, 20));
    const elapsed = performance.now() - started;
    await Promise.all(runners.map((r) => r.stop()));

    expect(runs.size).toBe(1000);
    expect([...runs.values()].filter((ids) => ids.length !== 1)).toEqual([]);
    const rows = await world.sql.query<{ state: string; attempts: number; n: number }>(
      `SELECT state::text, attempts, count(*)::int AS n FROM "Job" GROUP BY 1, 2`,
    );
    expect(rows).toEqual([{ state: "DONE", attempts: 1, n: 1000 }]);
    const shares = await world.sql.query<{ claimedBy: string; n: number }>(
      `SELECT "claimedBy", count(*)::int AS n FROM "Job" GROUP BY 1 ORDER BY 1`,
    );
    expect(shares.map((s) => s.claimedBy)).toEqual(["instance-1", "instance-2"]);
    console.log(
      `1,000 jobs, two runners on ${database.name}: ${Math.round(elapsed)} ms; shares ${shares.map((s) => s.n).join(" / ")}`,
    );
  });
});
