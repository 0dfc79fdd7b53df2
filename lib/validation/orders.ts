import { z } from "zod";
import { MILESTONES } from "@/lib/order-milestones";
import { QUESTION_MAX, REASON_MAX, REPLY_MAX } from "./order-limits";
import { multiLine } from "./plain-text";
export * from "./order-limits";

// The forms of the order pages: a customer's question, and staff moving an
// order on or moving its expected date. Error messages are keys in
// "orderStatus.errors", so each action translates them for the reader.

export type OrderErrorCode =
  | "formOutdated"
  | "questionRequired"
  | "questionTooLong"
  | "milestoneInvalid"
  | "reasonTooLong"
  | "reasonRequired"
  | "dateInvalid"
  | "dateUnchanged"
  | "replyRequired"
  | "replyTooLong";

const text = (max: number, required: OrderErrorCode, tooLong: OrderErrorCode) =>
  z
    .string({ error: required })
    .max(max * 2, tooLong)
    .transform(multiLine)
    .pipe(z.string().min(1, required).max(max, tooLong));
const optionalText = (max: number, tooLong: OrderErrorCode) =>
  z
    .string()
    .max(max * 2, tooLong)
    .default("")
    .transform(multiLine)
    .pipe(z.string().max(max, tooLong));
const version = z
  .string({ error: "formOutdated" })
  .regex(/^\d{1,9}$/, "formOutdated")
  .transform(Number);

export const askQuestionSchema = z.object({
  orderId: z.guid({ error: "formOutdated" }),
  idempotencyKey: z.guid({ error: "formOutdated" }),
  message: text(QUESTION_MAX, "questionRequired", "questionTooLong"),
});
export type AskQuestionInput = z.infer<typeof askQuestionSchema>;

export const advanceMilestoneSchema = z.object({
  orderId: z.guid({ error: "formOutdated" }),
  version,
  milestone: z.enum(MILESTONES, { error: "milestoneInvalid" }),
  reason: optionalText(REASON_MAX, "reasonTooLong"),
});
export type AdvanceMilestoneInput = z.infer<typeof advanceMilestoneSchema>;

/** A date as people promise it ("19 March"), kept as noon in Oslo so no time zone moves it to another day. */
export const moveDateSchema = z.object({
  orderId: z.guid({ error: "formOutdated" }),
  version,
  date: z
    .string({ error: "dateInvalid" })
    .regex(/^\d{4}-\d{2}-\d{2}$/, "dateInvalid")
    .transform((value, ctx) => {
      const at = new Date(`${value}T11:00:00Z`);
      if (Number.isNaN(at.getTime()) || at.toISOString().slice(0, 10) !== value) {
        ctx.addIssue({ code: "custom", message: "dateInvalid" });
        return z.NEVER;
      }
      return at;
    }),
  reason: text(REASON_MAX, "reasonRequired", "reasonTooLong"),
});
export type MoveDateInput = z.infer<typeof moveDateSchema>;

export const replySchema = z.object({
  orderId: z.guid({ error: "formOutdated" }),
  leadId: z.guid({ error: "formOutdated" }),
  leadVersion: version,
  idempotencyKey: z.guid({ error: "formOutdated" }),
  message: text(REPLY_MAX, "replyRequired", "replyTooLong"),
});
export type ReplyInput = z.infer<typeof replySchema>;

/** The first error code per field. */
export function fieldCodes(error: z.ZodError): Record<string, OrderErrorCode> {
  const out: Record<string, OrderErrorCode> = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? "form");
    out[field] ??= issue.message as OrderErrorCode;
  }
  return out;
}
