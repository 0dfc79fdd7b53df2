import { z } from "zod";
import { normalisePhone } from "@/lib/format-phone";

// The body of POST /api/touchpoints: one signal from a website chat, a form, a
// store system or a partner. Shared by the route (which parses it) and the
// ingest service's tests. Field names are the public contract of the API.

/** Largest request body the ingest API reads; larger ones get 413 before parsing. */
export const INGEST_MAX_BODY_BYTES = 64 * 1024;
export const INGEST_TEXT_MAX = 2000;
export const EXTERNAL_ID_MAX = 200;
/** Source clocks drift: a signal stamped up to this far ahead of ours is accepted. */
export const FUTURE_TOLERANCE_MS = 5 * 60_000;

export const INGEST_CHANNELS = [
  "WEB", "MOBILE", "CHAT", "PHONE", "EMAIL", "SMS", "STORE", "EVENT", "SOCIAL", "REVIEW", "PARTNER", "CAMPAIGN",
] as const;

// What a customer (or a partner on their behalf) does. Our own messages, orders,
// deliveries and loyalty rewards are written by Reise itself, never ingested.
export const INGEST_KINDS = [
  "PAGE_VIEW", "PRICE_CHECK", "BROCHURE_DOWNLOAD", "NEWSLETTER_CLICK",
  "CHAT_MESSAGE", "CALLBACK_REQUEST", "FORM_SUBMISSION", "APPOINTMENT_REQUEST",
  "STORE_VISIT", "EVENT_VISIT", "CALL", "EMAIL", "SMS",
  "REVIEW", "SOCIAL_MENTION", "PARTNER_REFERRAL", "ORDER_QUESTION",
] as const;

export const PRODUCT_CATEGORIES = ["CAR", "KITCHEN", "BATHROOM", "BUILDING_MATERIALS", "TOOLS", "GARDEN"] as const;

// PostgreSQL text cannot hold NUL; other control characters (but tab and newline) are noise.
// eslint-disable-next-line no-control-regex
const clean = (s: string) => s.replace(/\r\n?/g, "\n").replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, "").trim();

const customerSchema = z
  .object({
    email: z.string().trim().toLowerCase().max(254).pipe(z.email("not a valid email address")).optional(),
    // Stored compact (+4791234567) so "+47 912 34 567" and "0047 91234567" find the same customer.
    phone: z.string().trim().max(40).transform(normalisePhone)
      .pipe(z.string().regex(/^\+?\d{5,15}$/, "not a valid phone number")).optional(),
    name: z.string().trim().min(1).max(120).optional(),
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
        .optional()
        .transform((at) => at ?? now),
      text: z.string().max(INGEST_TEXT_MAX * 2, `at most ${INGEST_TEXT_MAX} characters`).default("")
        .transform(clean)
        .pipe(z.string().max(INGEST_TEXT_MAX, `at most ${INGEST_TEXT_MAX} characters`)),
      // What the signal is about, as lib/scoring.ts names it: delivery_time, price, financing …
      topic: z.string().trim().toLowerCase().regex(/^[a-z][a-z0-9_]{0,49}$/, "a short snake_case word, e.g. delivery_time").optional(),
      /** A campaign's id or its exact name. */
      campaign: z.string().trim().min(1).max(200).optional(),
      /** The source system's own id for this signal: sending it again creates nothing. */
      externalId: z.string().trim().min(1).max(EXTERNAL_ID_MAX).optional(),
      /** What a new lead is about; without it, the customer's earlier leads and orders decide. */
      category: z.enum(PRODUCT_CATEGORIES).optional(),
      /** A short headline for a new lead; without it, the start of `text`. */
      interest: z.string().trim().min(1).max(200).optional(),
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
