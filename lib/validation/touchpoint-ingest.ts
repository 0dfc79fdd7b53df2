import { z } from "zod";
import { normalisePhone } from "@/lib/format-phone";
import { hasControlCharacters, oneLine, multiLine } from "./plain-text";
import { CHANNELS } from "@/lib/channels";
import { ProductCategory } from "@/generated/prisma/enums";

// The body of POST /api/touchpoints: one signal from a website chat, a form, a
// store system or a partner. Shared by the route (which parses it) and the
// ingest service's tests. Field names are the public contract of the API.

/** Largest request body the ingest API reads; larger ones get 413 before parsing. */
export const INGEST_MAX_BODY_BYTES = 64 * 1024;
export const INGEST_TEXT_MAX = 2000;
export const EXTERNAL_ID_MAX = 200;
/** Source clocks drift: a signal stamped up to this far ahead of ours is accepted. */
export const FUTURE_TOLERANCE_MS = 5 * 60_000;
/**
 * How old a signal may be. Enough for a source to catch up after an outage or a long weekend; an
 * older one is history, not a customer waiting on us: it would open a lead already weeks past its
 * response time (stamped year 1, it topped every list as "waiting 739,953 d").
 */
export const PAST_TOLERANCE_DAYS = 30;

export const INGEST_CHANNELS = CHANNELS;

// What a customer (or a partner on their behalf) does. Our own messages, orders,
// deliveries and loyalty rewards are written by Reise itself, never ingested.
export const INGEST_KINDS = [
  "PAGE_VIEW",
  "PRICE_CHECK",
  "BROCHURE_DOWNLOAD",
  "NEWSLETTER_CLICK",
  "CHAT_MESSAGE",
  "CALLBACK_REQUEST",
  "FORM_SUBMISSION",
  "APPOINTMENT_REQUEST",
  "STORE_VISIT",
  "EVENT_VISIT",
  "CALL",
  "EMAIL",
  "SMS",
  "REVIEW",
  "SOCIAL_MENTION",
  "PARTNER_REFERRAL",
  "ORDER_QUESTION",
  // A web shop's "cart left with items in it"; it feeds automations, not the response clock.
  "CART_ABANDONED",
] as const;

export const PRODUCT_CATEGORIES = Object.values(ProductCategory);

/** A name or headline: one line, without control characters, then its length checked. */
const line = (max: number) =>
  z
    .string()
    .max(max * 4)
    .transform((s) => oneLine(s).trim())
    .pipe(z.string().min(1).max(max));
/** An id or a name we look up: a control character in it is a mistake we refuse, not clean. */
const ref = (max: number) =>
  z
    .string()
    .trim()
    .min(1)
    .max(max)
    .refine((s) => !hasControlCharacters(s), "must not contain control characters");

/** How a customer is found: the REST API (server/rest/customers.ts) writes them with the same rules. */
export const customerEmailSchema = z.string().trim().toLowerCase().max(254).pipe(z.email("not a valid email address"));
// Stored compact (+4791234567) so "+47 912 34 567" and "0047 91234567" find the same customer.
export const customerPhoneSchema = z
  .string()
  .trim()
  .max(40)
  .transform(normalisePhone)
  .pipe(z.string().regex(/^\+?\d{5,15}$/, "not a valid phone number"));
export const oneLineText = line;

const customerSchema = z
  .object({
    email: customerEmailSchema.optional(),
    phone: customerPhoneSchema.optional(),
    name: line(120).optional(),
  })
  .strict()
  .refine((c) => c.email !== undefined || c.phone !== undefined, {
    message: "email or phone is required to know who the customer is",
    path: ["email"],
  });

/**
 * Unknown fields are refused rather than ignored: a misspelt "ocurredAt" would
 * otherwise silently become "now" and start the wrong clock.
 */
export function touchpointIngestSchema(now: Date) {
  return z
    .object({
      customer: customerSchema,
      channel: z.enum(INGEST_CHANNELS),
      kind: z.enum(INGEST_KINDS),
      occurredAt: z.iso
        .datetime({ offset: true, message: "must be an ISO 8601 time with a zone, e.g. 2026-11-24T09:15:00Z" })
        .transform((s) => new Date(s))
        .refine((at) => at.getTime() <= now.getTime() + FUTURE_TOLERANCE_MS, "must not be in the future")
        .refine(
          (at) => at.getTime() >= now.getTime() - PAST_TOLERANCE_DAYS * 86_400_000,
          `must not be more than ${PAST_TOLERANCE_DAYS} days in the past`,
        )
        .optional()
        .transform((at) => at ?? now),
      text: z
        .string()
        .max(INGEST_TEXT_MAX * 2, `at most ${INGEST_TEXT_MAX} characters`)
        .default("")
        .transform(multiLine)
        .pipe(z.string().max(INGEST_TEXT_MAX, `at most ${INGEST_TEXT_MAX} characters`)),
      // What the signal is about, as lib/scoring.ts names it: delivery_time, price, financing …
      topic: z
        .string()
        .trim()
        .toLowerCase()
        .regex(/^[a-z][a-z0-9_]{0,49}$/, "a short snake_case word, e.g. delivery_time")
        .optional(),
      /** A campaign's id or its exact name. */
      campaign: ref(200).optional(),
      /** The source system's own id for this signal: sending it again creates nothing. */
      externalId: ref(EXTERNAL_ID_MAX).optional(),
      /** What a new lead is about; without it, the customer's earlier leads and orders decide. */
      category: z.enum(PRODUCT_CATEGORIES).optional(),
      /** A short headline for a new lead; without it, the start of `text`. */
      interest: line(200).optional(),
    })
    .strict();
}

export type TouchpointIngest = z.output<ReturnType<typeof touchpointIngestSchema>>;
export type TouchpointIngestInput = z.input<ReturnType<typeof touchpointIngestSchema>>;

export type IngestIssue = { path: string; message: string };

/** zod issues as the API returns them: a dotted path and a message an integrator can act on. */
export function ingestIssues(error: z.ZodError): IngestIssue[] {
  return error.issues.map((issue) => ({
    path: issue.path.map(String).join(".") || "(body)",
    message: issue.message,
  }));
}
