import "server-only";
import { z } from "zod";
import { defineJob } from "./define";

// Finished jobs are kept for a while, so an idempotency key still holds for a retried request
// and a failure can be read; then they go. Failed ones stay longer: someone should look.
const DAY = 86_400_000;
export const DONE_KEPT_DAYS = 7;
export const FAILED_KEPT_DAYS = 30;

export const pruneJobsJob = defineJob({
  kind: "jobs.prune",
  payload: z.object({}),
  everyMs: DAY / 4,
  async run(_payload, { prisma, now }) {
    await prisma.job.deleteMany({
      where: {
        OR: [
          { state: "DONE", finishedAt: { lt: new Date(now.getTime() - DONE_KEPT_DAYS * DAY) } },
          { state: "FAILED", finishedAt: { lt: new Date(now.getTime() - FAILED_KEPT_DAYS * DAY) } },
        ],
      },
    });
  },
});
