import { z } from "zod";
import { normalisePhone } from "@/lib/format-phone";
import { bodyField, emptyToNull, subjectField } from "./message-fields";
import { MESSAGE_CHANNELS } from "./message-limits";

// The "Write to the customer" form on the lead and customer pages. The body may still hold template
// variables ({{firstName}}): the server renders them with the customer's real values when it sends,
// and refuses (keeping the text) when one has no value. The SMS length is checked on the rendered
// text, by the service: {{product}} can make a short template too long.

export const sendMessageSchema = z
  .object({
    customerId: z.guid({ error: "formOutdated" }),
    leadId: z.preprocess(emptyToNull, z.guid({ error: "formOutdated" }).nullable().default(null)),
    idempotencyKey: z.guid({ error: "formOutdated" }),
    channel: z.enum(MESSAGE_CHANNELS, { error: "channelRequired" }),
    templateId: z.preprocess(emptyToNull, z.guid({ error: "templateGone" }).nullable().default(null)),
    subject: subjectField,
    body: bodyField,
  })
  .superRefine((input, ctx) => {
    if (input.channel === "EMAIL" && !input.subject)
      ctx.addIssue({ code: "custom", path: ["subject"], message: "subjectRequired" });
  })
  .transform((input) => ({ ...input, subject: input.channel === "EMAIL" ? input.subject : null }));

export type SendMessageInput = z.output<typeof sendMessageSchema>;

/** A number an SMS can go to: E.164 with a country code, 8–15 digits (+4791234567, +4522334455). */
export function smsNumber(stored: string | null): string | null {
  if (!stored) return null;
  const phone = normalisePhone(stored);
  // Stored without a country code: Norwegian and Danish numbers are 8 digits; without knowing which, refuse.
  return /^\+[1-9]\d{7,14}$/.test(phone) ? phone : null;
}

const EMAIL = z.email();
export function emailAddress(stored: string | null): string | null {
  return stored && EMAIL.safeParse(stored.trim()).success ? stored.trim() : null;
}
