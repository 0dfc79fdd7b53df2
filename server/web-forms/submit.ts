import "server-only";
import crypto from "node:crypto";
import type { PrismaClient } from "@/generated/prisma/client";
import { touchpointIngestSchema } from "@/lib/validation/touchpoint-ingest";
import {
  readWebFormSubmission,
  webFormSubmissionSchema,
  type WebFormPublicErrorCode,
  type WebFormSubmission,
} from "@/lib/validation/web-form";
import { readConsents, readFields } from "@/lib/web-forms/definition";
import { HONEYPOT_FIELD, STARTED_FIELD, type WebFormFieldKey } from "@/lib/web-forms/options";
import { takeToken, type RateLimit } from "@/server/rate-limit/take-token";
import { recordInboundSignal } from "@/server/touchpoints/ingest";
import { checkFillTime } from "./fill-time";
import { requestOptIn } from "./opt-in";

// A web form's submission is an ingest signal: the same write as POST /api/touchpoints (customer
// found or created, FORM_SUBMISSION on the timeline, lead, response clock, notification, automations),
// of the form's campaign and routed to its team. Before anything is written, the spam guards,
// cheapest first; a bot they stop sees the ordinary thank-you page and nothing is stored, so it
// learns nothing to adjust:
//   1. the honeypot, a field people never see and bots fill in;
//   2. the minimum fill time, from a signed stamp (./fill-time.ts) — its signature first, its age
//      after the fields are checked (so a person's empty form comes back with what is missing);
//   3. a rate limit per client address, shared by every instance (server/rate-limit/take-token.ts).

/** Per address: a household or an office behind one address may send a few forms in a row. */
export const WEB_FORM_RATE: RateLimit = { perMinute: 5, burst: 10 };

export type RefusalReason = "honeypot" | "too_fast" | "bad_stamp" | "rate_limited";

export type SubmitOutcome =
  | { status: "accepted"; customerId: string; leadId: string | null; touchpointId: string; optInId: string | null }
  | { status: "refused"; reason: RefusalReason }
  | { status: "invalid"; fieldErrors: Partial<Record<WebFormFieldKey, WebFormPublicErrorCode>> }
  | { status: "stale" }
  | { status: "not_found" };

export async function submitWebForm(
  db: PrismaClient,
  request: { slug: string; formData: FormData; address: string },
  now: Date,
): Promise<SubmitOutcome> {
  const form = await db.webForm.findFirst({
    where: { slug: request.slug, active: true },
    select: {
      id: true,
      slug: true,
      teamId: true,
      campaignId: true,
      name: true,
      language: true,
      fields: true,
      consents: true,
    },
  });
  if (!form) return { status: "not_found" };
  const { formData } = request;
  const honeypot = formData.get(HONEYPOT_FIELD);
  if (typeof honeypot === "string" && honeypot.trim() !== "") return { status: "refused", reason: "honeypot" };
  const fill = checkFillTime(form.slug, formData.get(STARTED_FIELD), now);
  if (fill === "invalid") return { status: "refused", reason: "bad_stamp" };

  // Mistakes before the clock: a person who presses Send on an empty form at once must see what
  // is missing, not a thank-you. Nothing is stored either way, and the required fields are no
  // secret (they are marked on the page).
  const fields = readFields(form.fields);
  const consents = readConsents(form.consents);
  const parsed = webFormSubmissionSchema({ fields, consents }).safeParse(readWebFormSubmission(formData, fields));
  if (!parsed.success) {
    const fieldErrors: Partial<Record<WebFormFieldKey, WebFormPublicErrorCode>> = {};
    for (const issue of parsed.error.issues) {
      const key = issue.path[0] as WebFormFieldKey;
      fieldErrors[key] ??= (["required", "email", "phone", "tooLong", "contact"] as const).includes(
        issue.message as WebFormPublicErrorCode,
      )
        ? (issue.message as WebFormPublicErrorCode)
        : "required";
    }
    return { status: "invalid", fieldErrors };
  }
  if (fill === "too_fast") return { status: "refused", reason: "too_fast" };
  if (fill === "stale") return { status: "stale" };
  const rate = await takeToken(db, rateKey(request.address), WEB_FORM_RATE, now);
  if (!rate.ok) return { status: "refused", reason: "rate_limited" };
  return record(db, form, parsed.data, now);
}

type FormRow = {
  id: string;
  teamId: string | null;
  campaignId: string | null;
  name: string;
  language: "en" | "nb" | "da";
};

async function record(db: PrismaClient, form: FormRow, input: WebFormSubmission, now: Date): Promise<SubmitOutcome> {
  // Parsed with the ingest API's own schema: the signal obeys the same contract, whoever sent it.
  const signal = touchpointIngestSchema(now).parse({
    customer: {
      ...(input.email ? { email: input.email } : {}),
      ...(input.phone ? { phone: input.phone } : {}),
      ...(input.name ? { name: input.name } : {}),
    },
    channel: "WEB",
    kind: "FORM_SUBMISSION",
    occurredAt: now.toISOString(),
    text: input.message ?? "",
    ...(form.campaignId ? { campaign: form.campaignId } : {}),
    // Without a message, the lead is named after the form ("Test drive Oslo"), not "form submission".
    ...(input.message ? {} : { interest: form.name }),
  });
  return db.$transaction(
    async (tx): Promise<SubmitOutcome> => {
      const result = await recordInboundSignal(
        tx,
        { via: "web_form", webFormId: form.id, teamId: form.teamId },
        signal,
        null,
        now,
      );
      if (result.status !== "created") throw new Error(`web form signal not recorded: ${result.status}`);
      // What only a form knows: a new customer reads in the form's language; a city fills a blank.
      const customer = await tx.customer.findUniqueOrThrow({
        where: { id: result.customerId },
        select: { city: true },
      });
      const fill = {
        ...(result.created.customer ? { locale: form.language } : {}),
        ...(input.city && !customer.city ? { city: input.city } : {}),
      };
      if (Object.keys(fill).length > 0)
        await tx.customer.update({ where: { id: result.customerId }, data: fill, select: { id: true } });
      const optIn =
        input.consents.length > 0 && input.email
          ? await requestOptIn(tx, { formId: form.id, customerId: result.customerId, purposes: input.consents }, now)
          : null;
      return {
        status: "accepted",
        customerId: result.customerId,
        leadId: result.leadId,
        touchpointId: result.touchpointId,
        optInId: optIn?.optInId ?? null,
      };
    },
    { maxWait: 10_000, timeout: 20_000 },
  );
}

// A digest, not the address: the bucket table says nothing about who sent a form.
function rateKey(address: string): string {
  return `form:${crypto.createHash("sha256").update(address).digest("base64url").slice(0, 22)}`;
}
