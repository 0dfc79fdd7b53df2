import "server-only";
import type { SendVerificationRequestParams } from "next-auth/providers/email";
import { createTranslator } from "next-intl";
import { z } from "zod";
import { DEFAULT_LOCALE, type AppLocale } from "@/i18n/locales";
import { loadMessages } from "@/messages";
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
  interactive: true, // the customer is at the sign-in page, waiting for it
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
  const t = await linkMailTranslator(await readerLocale(db, customer.id));
  const name = customer.name?.trim();
  const greeting = name ? t("greeting", { name }) : t("greetingNoName");
  await sendMail({
    to: email,
    subject: t("subject"),
    text: `${greeting}\n\n${t("body", { minutes })}\n${url}\n\n${t("ignore")}`,
    html: `<p>${escapeHtml(greeting)}</p><p><a href="${escapeHtml(url)}">${escapeHtml(t("linkText"))}</a> ${escapeHtml(t("validFor", { minutes }))}.</p><p>${escapeHtml(t("ignore"))}</p>`,
  });
}

// The mail is read in the customer's own language: the one on their customer record (what the
// shop and their sales rep write to them in), else their login's. It runs in a job, with no
// request, so the messages are loaded by hand.
async function readerLocale(db: PrismaClient, userId: string): Promise<AppLocale> {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: { locale: true, customer: { select: { locale: true } } },
  });
  return user?.customer?.locale ?? user?.locale ?? DEFAULT_LOCALE;
}

type Translate = (key: string, values?: Record<string, string | number>) => string;

async function linkMailTranslator(locale: AppLocale): Promise<Translate> {
  const messages = await loadMessages(locale);
  return createTranslator({ locale, messages, namespace: "login.linkMail" }) as unknown as Translate;
}

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
