import "server-only";
import { z } from "zod";
import { defineJob } from "@/server/jobs/define";
import { pruneRateLimitBuckets } from "@/server/rate-limit/take-token";
import { pruneIdempotentRequests } from "./idempotency";

// The REST API's own rows, cleared every hour: answers kept for Idempotency-Key replays once their
// 24 hours are over, and rate-limit buckets that have filled up again (the same as no row).
export const apiPruneJob = defineJob({
  kind: "api.prune",
  payload: z.object({}),
  everyMs: 60 * 60_000,
  async run(_payload, { prisma, now }) {
    await pruneIdempotentRequests(prisma, now);
    await pruneRateLimitBuckets(prisma, now);
  },
});
