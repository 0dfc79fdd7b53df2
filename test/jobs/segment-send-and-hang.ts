// Used by server/segment-sends/kill.test.ts: runs the job runner on the database in REISE_DATA_DIR
// or DATABASE_URL with the segment-send batch job, whose batch hangs inside its transaction after
// queueing HANG_AFTER recipients and prints "RUNNING <jobId> <attempt> <queued>". The test kills
// this process with SIGKILL there: in the middle of a batch, with messages queued but not committed.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { PrismaClient } from "@/generated/prisma/client";
import { resolveDbConfig } from "@/server/db/config";
import { openSqlClient } from "@/server/db/sql";
import { defineJob } from "@/server/jobs/define";
import { JobRunner } from "@/server/jobs/runner";
import { runSegmentSendBatch, segmentSendBatchJob } from "@/server/segment-sends/batch-job";

const config = resolveDbConfig();
const sql = await openSqlClient(config, "hanging worker");
const adapter = sql.pglite
  ? new PrismaPGlite(sql.pglite)
  : new PrismaPg({ connectionString: (config as { url: string }).url });
const prisma = new PrismaClient({ adapter });
const hangAfter = Number(process.env.HANG_AFTER ?? 2);
const hanging = defineJob({
  ...segmentSendBatchJob,
  run: ({ sendId, version }, { jobId, attempt, now }) => {
    let queued = 0;
    return runSegmentSendBatch(prisma, sendId, version, now, {
      afterRecipient: () => {
        if (++queued < hangAfter) return;
        process.stdout.write(`RUNNING ${jobId} ${attempt} ${queued}\n`);
        return new Promise<void>(() => {});
      },
    }).then(() => {});
  },
});
const runner = new JobRunner({
  sql,
  prisma,
  jobs: [hanging],
  leaseMs: Number(process.env.JOB_LEASE_MS),
  workerId: `hanging-${process.pid}`,
});
await runner.start();
setInterval(() => {}, 60_000); // the runner's timers are unref'd: stay alive until killed
