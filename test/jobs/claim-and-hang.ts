// Used by server/jobs/kill.test.ts: runs the job runner on the database in REISE_DATA_DIR or
// DATABASE_URL with one kind of job, "test.hang", whose handler prints "RUNNING <id> <attempt>"
// and then never finishes. The test kills this process with SIGKILL while the job runs.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { z } from "zod";
import { PrismaClient } from "@/generated/prisma/client";
import { resolveDbConfig } from "@/server/db/config";
import { openSqlClient } from "@/server/db/sql";
import { defineJob } from "@/server/jobs/define";
import { JobRunner } from "@/server/jobs/runner";

const config = resolveDbConfig();
const sql = await openSqlClient(config, "hanging worker");
const adapter = sql.pglite
  ? new PrismaPGlite(sql.pglite)
  : new PrismaPg({ connectionString: (config as { url: string }).url });
const prisma = new PrismaClient({ adapter });
const hang = defineJob({
  kind: "test.hang",
  payload: z.object({}),
  run: (_payload, { jobId, attempt }) => {
    process.stdout.write(`RUNNING ${jobId} ${attempt}\n`);
    return new Promise<void>(() => {});
  },
});
const runner = new JobRunner({
  sql,
  prisma,
  jobs: [hang],
  leaseMs: Number(process.env.JOB_LEASE_MS),
  workerId: `hanging-${process.pid}`,
});
await runner.start();
setInterval(() => {}, 60_000); // the runner's timers are unref'd: stay alive until killed
