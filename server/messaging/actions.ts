"use server";
import "server-only";
import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import type { z } from "zod";
import { SMS_MAX_PARTS } from "@/lib/messaging/sms-length";
import { formFields } from "@/lib/validation/form-data";
import {
  archiveTemplateSchema,
  EMAIL_BODY_MAX,
  SUBJECT_MAX,
  TEMPLATE_NAME_MAX,
  templateSchema,
} from "@/lib/validation/message-template";
import { sendMessageSchema } from "@/lib/validation/send-message";
import { formAction } from "@/server/actions/client";
import type { OrderActionState } from "@/server/orders/actions";
import { sendCustomerMessage } from "./send-service";
import { archiveTemplate, saveTemplate, type TemplateResult } from "./templates";

// Templates: managers only (who: "manager"). Sending: any member of staff, through the customer and
// lead access rules inside sendCustomerMessage's transaction.

type State = NonNullable<OrderActionState>;
type T = Awaited<ReturnType<typeof getTranslations<"messaging">>>;

const TEMPLATE_FIELDS = ["id", "version", "name", "channel", "purpose", "stage", "locale", "subject", "body"] as const;
const SEND_FIELDS = ["customerId", "leadId", "idempotencyKey", "channel", "templateId", "subject", "body"] as const;
const LIMITS: Record<string, number> = { name: TEMPLATE_NAME_MAX, subject: SUBJECT_MAX, body: EMAIL_BODY_MAX };
const FORM_FIELDS = new Set(["name", "channel", "purpose", "stage", "locale", "subject", "body"]);

/** Field messages for what the schema refused; a hidden field's problem is a stale form. */
function refused(t: T, error: z.ZodError): State {
  const fieldErrors: Record<string, string> = {};
  for (const issue of error.issues) {
    const field = String(issue.path[0] ?? "form");
    if (!FORM_FIELDS.has(field)) return { ok: false, message: t("errors.formOutdated") };
    if (fieldErrors[field]) continue;
    const unknown = (issue as { params?: { unknown?: string[] } }).params?.unknown ?? [];
    fieldErrors[field] = t(`errors.${issue.message}` as "errors.bodyRequired", {
      max: LIMITS[field] ?? 0,
      parts: SMS_MAX_PARTS,
      names: unknown.map((n) => `{{${n}}}`).join(", "),
    });
  }
  return { ok: false, message: Object.values(fieldErrors)[0] ?? t("errors.formOutdated"), fieldErrors };
}

function templateOutcome(t: T, result: TemplateResult, success: string): State {
  if (result.ok) {
    revalidatePath("/settings/templates");
    return { ok: true, message: success, done: Date.now() };
  }
  if (result.reason === "name_taken") {
    const message = t("errors.nameTaken");
    return { ok: false, message, fieldErrors: { name: message } };
  }
  return { ok: false, conflict: result.reason === "conflict", message: t(`errors.${result.reason}`) };
}

export const saveTemplateAction = formAction({
  who: "manager",
  schema: templateSchema,
  read: (formData) => formFields(formData, TEMPLATE_FIELDS),
  invalid: async (error) => refused(await getTranslations("messaging"), error),
  run: async ({ session, input, db }) => {
    const t = await getTranslations("messaging");
    return templateOutcome(
      t,
      await saveTemplate(db, session, input),
      input.id ? t("templates.saved") : t("templates.added"),
    );
  },
});

export const archiveTemplateAction = formAction({
  who: "manager",
  schema: archiveTemplateSchema,
  read: (formData) => formFields(formData, ["id", "version"]),
  invalid: async (): Promise<State> => ({
    ok: false,
    message: (await getTranslations("messaging"))("errors.formOutdated"),
  }),
  run: async ({ session, input, db }) => {
    const t = await getTranslations("messaging");
    return templateOutcome(t, await archiveTemplate(db, session, input, new Date()), t("templates.archived"));
  },
});

export const sendMessageAction = formAction({
  who: "staff",
  schema: sendMessageSchema,
  read: (formData) => formFields(formData, SEND_FIELDS),
  invalid: async (error) => refused(await getTranslations("messaging"), error),
  run: async ({ session, input, db }): Promise<State> => {
    const t = await getTranslations("messaging");
    const result = await sendCustomerMessage(db, session, input, new Date());
    if (result.ok) {
      revalidatePath(`/customers/${input.customerId}`);
      if (input.leadId) revalidatePath(`/leads/${input.leadId}`);
      return {
        ok: true,
        message: t(input.channel === "SMS" ? "compose.sentSms" : "compose.sentEmail"),
        done: Date.now(),
      };
    }
    switch (result.reason) {
      case "missing_values": {
        const message = t("errors.missingValues", { names: (result.missing ?? []).map((n) => `{{${n}}}`).join(", ") });
        return { ok: false, message, fieldErrors: { body: message } };
      }
      case "sms_too_long": {
        const message = t("errors.smsTooLongRendered", { parts: result.parts ?? 0, max: SMS_MAX_PARTS });
        return { ok: false, message, fieldErrors: { body: message } };
      }
      case "no_address":
        return { ok: false, message: t(input.channel === "SMS" ? "errors.noNumber" : "errors.noEmail") };
      case "template_gone": {
        const message = t("errors.templateGone");
        return { ok: false, message, fieldErrors: { templateId: message } };
      }
      default:
        return { ok: false, message: t(`errors.${result.reason}`) };
    }
  },
});
