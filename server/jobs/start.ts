import "server-only";
import { beforeDatabaseCloses, getDatabase } from "@/server/db";
import { registeredJobs } from "./registry";
import { JobRunner } from "./runner";

// The app's runner, started once per server process from instrumentation-node.ts, on either
// database: on the embedded one it shares the app's PGlite, on PostgreSQL every instance runs
// one and the claim query keeps them apart. REISE_JOBS=off starts none (jobs still enqueue
// and wait for an instance that runs them).

const host = globalThis as typeof globalThis & { __reiseJobRunner?: Promise<JobRunner | null> };

export function jobsEnabled(env: Readonly<Record<string, string | undefined>> = process.env): boolean {
  return env.REISE_JOBS?.trim().toLowerCase() !== "off";
}

export function startJobRunner(): Promise<JobRunner | null> {
  host.__reiseJobRunner ??= (async () => {
    if (!jobsEnabled()) {
      console.log("[jobs] not started (REISE_JOBS=off)");
      return null;
    }
    const { sql, prisma } = await getDatabase();
    const runner = new JobRunner({ sql, prisma, jobs: registeredJobs });
    await runner.start();
    beforeDatabaseCloses(() => runner.stop());
    console.log(`[jobs] runner started (${registeredJobs.length} kinds)`);
    return runner;
  })();
  return host.__reiseJobRunner;
}
