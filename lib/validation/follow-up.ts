import { z } from "zod";
import { formVersionField } from "./form-version";
import {
  FOLLOW_UP_OUTCOMES,
  FOLLOW_UP_TYPES,
  LEAD_STAGES,
  LOST_REASON_MAX,
  NEXT_FOLLOW_UP_MAX_DAYS,
  NOTE_MAX,
  type FollowUpErrorCode,
  type FollowUpField,
} from "./follow-up-options";
import { localDateTimeToUtc } from "./local-date-time";
import { multiLine } from "./plain-text";
export * from "./follow-up-options";

// One schema for the follow-up form (its options and limits) and for
// logFollowUpAction (which parses FormData with it). Error messages are keys
// in the "followUp.errors" catalogue, so the action can translate them for
// whoever submitted the form.

const emptyToNull = (v: unknown) => (typeof v === "string" && v.trim() === "" ? null : v);

export function followUpSchema({ now, timeZone }: { now: Date; timeZone: string }) {
  return z
    .object({
      // Hidden inputs: only a tampered or stale form gets these wrong.
      leadId: z.guid({ error: "formOutdated" }),
      version: formVersionField(),
      idempotencyKey: z.guid({ error: "formOutdated" }),
      type: z.enum(FOLLOW_UP_TYPES, { error: "typeRequired" }),
      outcome: z.enum(FOLLOW_UP_OUTCOMES, { error: "outcomeRequired" }),
      note: z
        .string({ error: "noteTooLong" })
        .max(NOTE_MAX * 2, "noteTooLong")
        .default("")
        .transform(multiLine)
        .pipe(z.string().max(NOTE_MAX, "noteTooLong")),
      nextFollowUpAt: z
        .preprocess(emptyToNull, z.string({ error: "dateInvalid" }).max(32, "dateInvalid").nullable().default(null))
        .transform((value, ctx) => {
          if (value === null) return null;
          const at = localDateTimeToUtc(value, timeZone);
          if (!at) {
            ctx.addIssue({ code: "custom", message: "dateInvalid" });
            return z.NEVER;
          }
          return at;
        })
        .refine((at) => at === null || at.getTime() > now.getTime(), "dateInPast")
        .refine(
          (at) => at === null || at.getTime() <= now.getTime() + NEXT_FOLLOW_UP_MAX_DAYS * 86_400_000,
          "dateTooFar",
        ),
      // Empty means "keep the stage as it is".
      stage: z.preprocess(emptyToNull, z.enum(LEAD_STAGES, { error: "stageInvalid" }).nullable().default(null)),
      lostReason: z.preprocess(
        emptyToNull,
        z
          .string()
          .max(LOST_REASON_MAX * 2, "lostReasonTooLong")
          .transform(multiLine)
          .pipe(z.string().max(LOST_REASON_MAX, "lostReasonTooLong"))
          .nullable()
          .default(null),
      ),
      // One of the managers' reasons (server/lost-reasons/); the form asks for one whenever the list has any.
      lostReasonId: z.preprocess(emptyToNull, z.guid({ error: "lostReasonInvalid" }).nullable().default(null)),
    })
    .superRefine((input, ctx) => {
      if (input.stage === "LOST" && !input.lostReason && !input.lostReasonId) {
        ctx.addIssue({ code: "custom", path: ["lostReasonId"], message: "lostReasonRequired" });
      }
    })
    .transform((input) => ({
      ...input,
      lostReason: input.stage === "LOST" ? input.lostReason : null,
      lostReasonId: input.stage === "LOST" ? input.lostReasonId : null,
    }));
}

/** lostReasonId may be left out by callers that never lose a lead (an order reply, the REST API's text reason). */
export type FollowUpInput = Omit<z.output<ReturnType<typeof followUpSchema>>, "lostReasonId"> & {
  lostReasonId?: string | null;
};

const FIELDS = [
  "leadId",
  "version",
  "idempotencyKey",
  "type",
  "outcome",
  "note",
  "nextFollowUpAt",
  "stage",
  "lostReason",
  "lostReasonId",
] as const;

export type FollowUpParse =
  | { ok: true; data: FollowUpInput }
  | {
      ok: false;
      fieldErrors: Partial<Record<FollowUpField, FollowUpErrorCode[]>>;
      formError: FollowUpErrorCode | null;
    };

/**
 * The follow-up form's text fields, and nothing else (FormData also carries $ACTION_ keys); a file
 * where text belongs is tampering, read as missing.
 */
export function followUpFormFields(formData: FormData): Record<string, unknown> {
  const raw: Record<string, unknown> = {};
  for (const field of FIELDS) {
    const value = formData.get(field);
    if (typeof value === "string") raw[field] = value;
  }
  return raw;
}

/** The schema's issues per field, and one form error when the hidden fields are off (an outdated form). */
export function followUpErrors(error: z.ZodError): Extract<FollowUpParse, { ok: false }> {
  const fieldErrors: Partial<Record<FollowUpField, FollowUpErrorCode[]>> = {};
  let formError: FollowUpErrorCode | null = null;
  for (const issue of error.issues) {
    const field = issue.path[0];
    const code = issue.message as FollowUpErrorCode;
    if (field === "leadId" || field === "version" || field === "idempotencyKey" || field === undefined) {
      formError ??= "formOutdated";
      continue;
    }
    const list = (fieldErrors[field as FollowUpField] ??= []);
    if (!list.includes(code)) list.push(code);
  }
  return { ok: false, fieldErrors, formError };
}

/** Reads the form's fields and validates them. */
export function parseFollowUpForm(formData: FormData, context: { now: Date; timeZone: string }): FollowUpParse {
  const result = followUpSchema(context).safeParse(followUpFormFields(formData));
  return result.success ? { ok: true, data: result.data } : followUpErrors(result.error);
}
