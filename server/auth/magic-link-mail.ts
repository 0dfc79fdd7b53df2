import "server-only";
import type { SendVerificationRequestParams } from "next-auth/providers/email";
import { z } from "zod";
import type { PrismaClient } from "@/generated/prisma/client";
import { getDb } from "@/server/db";
import { defineJob, PermanentJobError } from "@/server/jobs/define";
import { enqueue, type JobDb } from "@/server/jobs/enqueue";
import { sendMail } from "@/server/mail/outbox";
import { findSignInCustomer } from "./adapter";

// The customer's sign-in link. The answer to "send me a link" must not tell a stranger whether the
// address is a customer's: with a real SMTP server, sending takes a while, and unknown addresses
// are never mailed. So the request only enqueues a job, the same one for every address, and the
// job looks the customer up and sends (retried if the mail server fails, like the staff mails).
//
// The payload holds the link itself (next-auth hands it over and keeps only its hash): the runner
// clears a done job's payload at once, and nothing here logs it or puts it in an error. A link is
// worth nothing after its expiry (30 minutes), so the job never sends one that has expired by the
// time it runs (a backlog, a runner that was off): it fails for good instead, which shows the
// operator a customer went without their link. Its tries fit inside that half hour.

const signInLinkPayload = z.object({
  email: z.string(),
  url: z.string(),
  expiresAt: z.iso.datetime(),
});

export const signInLinkMailJob = defineJob({
  kind: "mail.sign-in-link",
  payload: signInLinkPayload,
  maxAttempts: 6, // the default backoff puts the 6th try 15½ minutes after the first
  run: (payload, { prisma, now }) => sendSignInLink(prisma, payload, now),
});

/** next-auth's sendVerificationRequest: one enqueue, alike for every address. */
export async function sendMagicLink({ identifier, url, expires }: SendVerificationRequestParams): Promise<void> {
  await enqueueSignInLinkMail(await getDb(), { email: identifier, url, expires });
}

export async function enqueueSignInLinkMail(
  db: JobDb,
  link: { email: string; url: string; expires: Date },
): Promise<void> {
  await enqueue(db, signInLinkMailJob, {
    payload: { email: link.email, url: link.url, expiresAt: link.expires.toISOString() },
  });
}

async function sendSignInLink(
  db: PrismaClient,
  { email, url, expiresAt }: z.output<typeof signInLinkPayload>,
  now: Date,
): Promise<void> {
  const customer = await findSignInCustomer(db, email);
  if (!customer) return; // unknown address: say nothing, send nothing
  const expires = new Date(expiresAt);
  if (expires <= now)
    throw new PermanentJobError(`the sign-in link expired at ${expiresAt}, before it could be sent; not sent`);
  const minutes = Math.max(1, Math.floor((expires.getTime() - now.getTime()) / 60_000));
  await sendMail({
    to: email,
    subject: "Your sign-in link for Reise",
    text: `Hello ${customer.name ?? ""},\n\nOpen this link to see your orders (valid for ${minutes} minutes, once):\n${url}\n\nIf you did not ask for it, ignore this email.`,
    html: `<p>Hello ${escapeHtml(customer.name ?? "")},</p><p><a href="${escapeHtml(url)}">Open your orders</a> (valid for ${minutes} minutes, once).</p><p>If you did not ask for it, ignore this email.</p>`,
  });
}

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
