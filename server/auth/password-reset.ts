import "server-only";
import crypto from "node:crypto";
import { z } from "zod";
import type { PrismaClient } from "@/generated/prisma/client";
import { MAGIC_LINK_POLICY } from "@/lib/auth-throttle";
import { defineJob } from "@/server/jobs/define";
import { enqueue } from "@/server/jobs/enqueue";
import { sendPasswordLinkMail } from "./password-link-mail";
import { issuePasswordLink } from "./password-links";
import { normalizeSignInEmail } from "@/lib/validation/auth";
import { reserveAttempt, type ThrottleKey } from "./throttle";

// "Forgot password" (/login/forgot-password). The answer must not tell who has
// an account, neither in what it says nor in how long it takes: before
// answering, only the throttle is consulted and counted, the same for every
// address; finding the user, making the link and sending the mail are a job
// (enqueued alike for every address, retried if the mail server fails, and
// gone with its address once done). Requests are limited
// like customers' sign-in links: 5 per address in 15 minutes, 30 per client.

export type ResetRequestResult = { ok: true } | { ok: false; retryAfterSeconds: number };

const digest = (...parts: string[]) => crypto.createHash("sha256").update(parts.join("\u0000")).digest("base64url");

function resetKeys(email: string, address: string): ThrottleKey[] {
  return [
    { key: digest("reset:email", email), policy: MAGIC_LINK_POLICY.email, clearOnSuccess: false },
    { key: digest("reset:address", address), policy: MAGIC_LINK_POLICY.address, clearOnSuccess: false },
  ];
}

export async function requestPasswordReset(
  db: PrismaClient,
  input: { email: string; address: string },
  now: Date,
): Promise<ResetRequestResult> {
  // The same reading of the address as the sign-in and its throttle (lib/validation/auth.ts).
  const email = normalizeSignInEmail(input.email) ?? input.email.trim().toLowerCase();
  const keys = resetKeys(email, input.address);
  const decision = await reserveAttempt(db, keys, now); // every request counts, known address or not
  if (!decision.ok) return decision;
  await enqueue(db, passwordResetMailJob, { payload: { email }, runAt: now });
  return { ok: true };
}

export const passwordResetMailJob = defineJob({
  kind: "mail.password-reset",
  interactive: true, // someone is at "forgot password", waiting for it
  payload: z.object({ email: z.string() }),
  maxAttempts: 8, // retried for about an hour of a mail server being down
  run: ({ email }, { prisma, now }) => sendPasswordReset(prisma, email, now),
});

/** Mails a reset link to an active staff user with this address; to anyone else, nothing. */
async function sendPasswordReset(db: PrismaClient, email: string, now: Date): Promise<void> {
  const user = await db.user.findUnique({
    where: { email },
    select: { id: true, name: true, role: true, active: true },
  });
  if (!user || !user.active || user.role === "CUSTOMER") return;
  const link = await issuePasswordLink(db, { userId: user.id, purpose: "RESET" }, now);
  await sendPasswordLinkMail({ email, name: user.name }, "RESET", link);
}
