import { z } from "zod";
import { smsLength } from "@/lib/messaging/sms-length";
import { variablesIn } from "@/lib/messaging/render";
import { bodyField, emptyToNull, subjectField } from "./message-fields";
import {
  MESSAGE_CHANNELS,
  MESSAGE_PURPOSES,
  TEMPLATE_LOCALES,
  TEMPLATE_NAME_MAX,
  TEMPLATE_STAGES,
} from "./message-limits";
import { oneLine } from "./plain-text";
export * from "./message-limits";

// The template form's schema (Settings → Templates), used by the form and its action. Error
// messages are keys in "messaging.errors". A variable the app does not know ({{fristName}}) is
// refused when the template is saved, not discovered when a customer would have got it.

const version = z
  .string({ error: "formOutdated" })
  .regex(/^\d{1,10}$/, "formOutdated")
  .transform(Number);

export const templateSchema = z
  .object({
    id: z.preprocess(emptyToNull, z.guid({ error: "formOutdated" }).nullable().default(null)),
    version: version.default(0),
    name: z
      .string({ error: "nameRequired" })
      .max(TEMPLATE_NAME_MAX * 2, "nameTooLong")
      .transform(oneLine)
      .pipe(z.string().min(1, "nameRequired").max(TEMPLATE_NAME_MAX, "nameTooLong")),
    channel: z.enum(MESSAGE_CHANNELS, { error: "channelRequired" }),
    purpose: z.enum(MESSAGE_PURPOSES, { error: "purposeRequired" }),
    stage: z.preprocess(emptyToNull, z.enum(TEMPLATE_STAGES, { error: "stageInvalid" }).nullable().default(null)),
    locale: z.enum(TEMPLATE_LOCALES, { error: "localeRequired" }),
    subject: subjectField,
    body: bodyField,
  })
  .superRefine((input, ctx) => {
    if (input.channel === "EMAIL" && !input.subject)
      ctx.addIssue({ code: "custom", path: ["subject"], message: "subjectRequired" });
    if (input.channel === "SMS" && smsLength(input.body).tooLong)
      ctx.addIssue({ code: "custom", path: ["body"], message: "smsTooLong" });
    for (const field of ["subject", "body"] as const) {
      const unknown = variablesIn(input[field] ?? "").unknown;
      if (unknown.length)
        ctx.addIssue({ code: "custom", path: [field], message: "unknownVariable", params: { unknown } });
    }
  })
  .transform((input) => ({ ...input, subject: input.channel === "EMAIL" ? input.subject : null }));

export type TemplateInput = z.output<typeof templateSchema>;

export const archiveTemplateSchema = z.object({ id: z.guid({ error: "formOutdated" }), version });
