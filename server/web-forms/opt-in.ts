import "server-only";
import crypto from "node:crypto";
import { createTranslator } from "next-intl";
import { z } from "zod";
import type { Prisma, PrismaClient } from "@/generated/prisma/client";
import type { ConsentPurpose, Locale } from "@/generated/prisma/enums";
import { loadMessages } from "@/messages";
import { appBaseUrl } from "@/server/auth/password-link-mail";
import { writeConsentChange } from "@/server/customers/consent-service";
import { defineJob, PermanentJobError } from "@/server/jobs/define";
import { enqueue } from "@/server/jobs/enqueue";
import { sendMail } from "@/server/mail/outbox";

// DOUBLE OPT-IN. A box ticked on a public form grants nothing: anyone can type anyone's address.
// The submission writes a pending WebFormOptIn (the purposes ticked, the SHA-256 of a random link)
// and a job mails the link to the customer's e-mail. Only the click from that inbox records the
// consents, through the consent service, with the source "web form (confirmed)". The link is
// single use and lasts a week. Its page asks before it confirms: mail scanners open links, and a
// scanner's GET must not consent for anyone (as the unsubscribe page does).
//
// SMS and profiling consents ride on the same e-mail: a form that offers any consent requires the
// address (lib/web-forms/options.ts), and one confirmation covers what the person ticked. We do
// not confirm an SMS consent by SMS: a text costs money per message, a bot could spend it on any
// number, and the e-mail already proves a person stands behind the submission.

export const OPT_IN_DAYS = 7;
export const OPT_IN_SOURCE = "web form (confirmed)";
const TOKEN = /^[A-Za-z0-9_-]{43}$/;

const hashToken = (token: string) => crypto.createHash("sha256").update(token).digest("base64url");

export function optInUrl(token: string): string {
  return `${appBaseUrl().replace(/\/$/, "")}/f/confirm/${token}`;
}

/** Inside the submission's transaction: the pending consents and the job that mails the link. */
export async function requestOptIn(
  tx: Prisma.TransactionClient,
  input: { formId: string; customerId: string; purposes: ConsentPurpose[] },
  now: Date,
): Promise<{ optInId: string }> {
  const token = crypto.randomBytes(32).toString("base64url");
  const optIn = await tx.webFormOptIn.create({
    data: {
      formId: input.formId,
      customerId: input.customerId,
      purposes: input.purposes,
      tokenHash: hashToken(token),
      expiresAt: new Date(now.getTime() + OPT_IN_DAYS * 86_400_000),
      createdAt: now,
    },
    select: { id: true },
  });
  // The link rides in the payload (the runner clears a done job's payload), so a retry mails the
  // same link instead of one that outdates the first.
  await enqueue(tx, webFormOptInMailJob, { payload: { optInId: optIn.id, token }, runAt: now });
  return { optInId: optIn.id };
}

export const webFormOptInMailJob = defineJob({
  kind: "mail.web-form-opt-in",
  interactive: true, // sent while the visitor is still on the form
  payload: z.object({ optInId: z.guid(), token: z.string().regex(TOKEN) }),
  maxAttempts: 8,
  run: ({ optInId, token }, { prisma, now }) => sendOptInMail(prisma, optInId, token, now),
});

async function sendOptInMail(db: PrismaClient, optInId: string, token: string, now: Date): Promise<void> {
  const optIn = await db.webFormOptIn.findUnique({
    where: { id: optInId },
    select: {
      confirmedAt: true,
      expiresAt: true,
      purposes: true,
      form: { select: { language: true, name: true } },
      customer: { select: { email: true, name: true, erasedAt: true } },
    },
  });
  // Confirmed already, or the customer erased (or changed their address to none): nothing to send.
  if (!optIn || optIn.confirmedAt || optIn.customer.erasedAt || !optIn.customer.email) return;
  if (optIn.expiresAt <= now) throw new PermanentJobError("the confirmation link expired before it could be sent");
  const t = await mailTranslator(optIn.form.language);
  const purposes = optIn.purposes.map((p) => `- ${t(`purposes.${p}`)}`).join("\n");
  await sendMail({
    to: optIn.customer.email,
    subject: t("subject"),
    text: [
      t("greeting", { name: optIn.customer.name }),
      "",
      t("body", { form: optIn.form.name }),
      purposes,
      "",
      t("action", { days: OPT_IN_DAYS }),
      optInUrl(token),
      "",
      t("ignore"),
    ].join("\n"),
  });
}

type Translate = (key: string, values?: Record<string, string | number>) => string;

async function mailTranslator(locale: Locale): Promise<Translate> {
  const messages = await loadMessages(locale);
  return createTranslator({ locale, messages, namespace: "webForms.optInMail" }) as unknown as Translate;
}

export type OptInView =
  | { state: "pending"; purposes: ConsentPurpose[]; language: Locale }
  | { state: "confirmed"; purposes: ConsentPurpose[]; language: Locale }
  | { state: "expired"; language: Locale }
  | { state: "unknown" };

/** What the confirmation page shows; reading changes nothing. */
export async function readOptIn(db: PrismaClient, token: string, now: Date): Promise<OptInView> {
  if (!TOKEN.test(token)) return { state: "unknown" };
  const optIn = await db.webFormOptIn.findUnique({
    where: { tokenHash: hashToken(token) },
    select: {
      purposes: true,
      confirmedAt: true,
      expiresAt: true,
      form: { select: { language: true } },
      customer: { select: { erasedAt: true } },
    },
  });
  if (!optIn || optIn.customer.erasedAt) return { state: "unknown" };
  const language = optIn.form.language;
  if (optIn.confirmedAt) return { state: "confirmed", purposes: optIn.purposes, language };
  if (optIn.expiresAt <= now) return { state: "expired", language };
  return { state: "pending", purposes: optIn.purposes, language };
}

export type ConfirmResult = "confirmed" | "used" | "expired" | "unknown";

/**
 * The click. Claimed with one conditional UPDATE, so two clicks at once confirm once; the consents
 * are written in the same transaction, through the consent service (history and audit).
 */
export async function confirmOptIn(db: PrismaClient, token: string, now: Date): Promise<ConfirmResult> {
  if (!TOKEN.test(token)) return "unknown";
  const tokenHash = hashToken(token);
  return db.$transaction(async (tx) => {
    const claimed = await tx.webFormOptIn.updateMany({
      where: { tokenHash, confirmedAt: null, expiresAt: { gt: now }, customer: { erasedAt: null } },
      data: { confirmedAt: now },
    });
    if (claimed.count === 0) {
      const optIn = await tx.webFormOptIn.findUnique({
        where: { tokenHash },
        select: { confirmedAt: true, customer: { select: { erasedAt: true } } },
      });
      if (!optIn || optIn.customer.erasedAt) return "unknown";
      return optIn.confirmedAt ? "used" : "expired";
    }
    const optIn = await tx.webFormOptIn.findUniqueOrThrow({
      where: { tokenHash },
      select: { customerId: true, purposes: true },
    });
    for (const purpose of optIn.purposes)
      await writeConsentChange(
        tx,
        { customerId: optIn.customerId, purpose, granted: true, source: OPT_IN_SOURCE, recordedById: null },
        now,
      );
    return "confirmed";
  });
}
