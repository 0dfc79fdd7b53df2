import "server-only";
import crypto from "node:crypto";
import { z } from "zod";
import { getDb } from "@/server/db";

// A job as the runner leaves one that ran out of tries: a password-reset mail for `email` that
// the mail server kept refusing. Tried again, it sends the reset mail for real.
export const failedJobFixtureSchema = z.object({
  kind: z.literal("failedJob"),
  email: z.email(),
});
export type FailedJobFixture = z.infer<typeof failedJobFixtureSchema>;

export async function createFailedJobFixture(input: FailedJobFixture) {
  const db = await getDb();
  const now = new Date();
  const key = `e2e-${crypto.randomUUID().slice(0, 8)}`;
  const job = await db.job.create({
    data: {
      kind: "mail.password-reset",
      key,
      payload: { email: input.email },
      state: "FAILED",
      runAt: now,
      attempts: 8,
      maxAttempts: 8,
      lastError: `Connection timeout to mail.example.com:587\n    at SMTPConnection._onError (smtp-connection.js:790)\n    at Timeout._onTimeout (smtp-connection.js:229)`,
      createdAt: new Date(now.getTime() - 3_600_000),
      finishedAt: now,
      claimedBy: "e2e",
    },
    select: { id: true },
  });
  return { jobId: job.id, key };
}
