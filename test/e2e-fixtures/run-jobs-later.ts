import "server-only";
import { z } from "zod";
import { getDatabase } from "@/server/db";
import { registeredJobs } from "@/server/jobs/registry";
import { JobRunner } from "@/server/jobs/runner";

// The injected clock for e2e specs that wait hours: the server's clock is pinned but runs at the
// real pace (lib/clock-pin.ts), so "4 hours after the signal" cannot be waited out. This runs the
// jobs of the named kinds that are due as of `afterMinutes` from the server's now, through the
// app's own runner code and database, exactly as the runner would run them then. Only those
// kinds: the other specs' response clocks in the shared database must not ring early.
// Served by app/api/e2e/jobs/route.e2e.ts, which only test builds compile (next.config.js).

const KINDS = registeredJobs.map((job) => job.kind) as [string, ...string[]];

export const runJobsLaterSchema = z.object({
  afterMinutes: z
    .number()
    .int()
    .min(0)
    .max(60 * 24 * 60),
  kinds: z.array(z.enum(KINDS)).min(1),
});

export async function runJobsLater(input: z.infer<typeof runJobsLaterSchema>): Promise<{ at: string; ran: number }> {
  const { sql, prisma } = await getDatabase();
  const at = new Date(Date.now() + input.afterMinutes * 60_000);
  const runner = new JobRunner({
    sql,
    prisma,
    jobs: registeredJobs.filter((job) => input.kinds.includes(job.kind)),
    clock: () => at,
    log: (line) => console.log(`[e2e jobs] ${line}`),
  });
  return { at: at.toISOString(), ran: await runner.runDue() };
}
