import { z } from "zod";
import { customerEmailSchema, customerPhoneSchema } from "./touchpoint-ingest";
import { multiLine, oneLine } from "./plain-text";
import {
  WEB_FORM_FIELDS,
  WEB_FORM_LANGUAGES,
  WEB_FORM_PURPOSES,
  consentsNeedEmail,
  type WebFormConsent,
  type WebFormField,
  type WebFormFieldKey,
} from "@/lib/web-forms/options";

// Two forms: the manager's (Settings → Web forms), which says what a web form asks; and the
// public form itself, whose schema is built from what the manager chose. Messages are codes of the
// "webForms.errors" (settings) and "webForms.public.errors" (public form) catalogues.

export const WEB_FORM_NAME_MAX = 100;
export const WEB_FORM_TEXT_MAX = 1000;
export const WEB_FORM_MESSAGE_MAX = 2000;

const oneLineText = (max: number, required: string, tooLong: string) =>
  z
    .string()
    .max(max * 4, tooLong)
    .transform((s) => oneLine(s).trim())
    .pipe(z.string().min(1, required).max(max, tooLong));
const optionalId = z
  .string()
  .optional()
  .transform((s) => (s ? s : null))
  .pipe(z.guid("notFound").nullable());

export const webFormSettingsSchema = z
  .object({
    name: oneLineText(WEB_FORM_NAME_MAX, "nameRequired", "tooLong"),
    campaignId: optionalId,
    teamId: optionalId,
    language: z.enum(WEB_FORM_LANGUAGES, "language"),
    fields: z.array(z.object({ key: z.enum(WEB_FORM_FIELDS), required: z.boolean() })),
    consents: z.array(
      z.object({
        purpose: z.enum(WEB_FORM_PURPOSES),
        text: z
          .string()
          .max(WEB_FORM_TEXT_MAX * 2, "tooLong")
          .transform(multiLine)
          .pipe(z.string().min(1, "consentText").max(WEB_FORM_TEXT_MAX, "tooLong")),
      }),
    ),
    thankYouText: z
      .string()
      .max(WEB_FORM_TEXT_MAX * 2, "tooLong")
      .transform(multiLine)
      .pipe(z.string().min(1, "thankYouRequired").max(WEB_FORM_TEXT_MAX, "tooLong")),
  })
  .refine((f) => f.fields.some((field) => field.key === "email" || field.key === "phone"), {
    message: "contactField",
    path: ["fields"],
  })
  .refine((f) => consentsNeedEmail(f.fields, f.consents), { message: "consentNeedsEmail", path: ["consents"] });

export type WebFormSettings = z.output<typeof webFormSettingsSchema>;

/**
 * The manager's form as posted: `field.<key>` is off / optional / required, `consent.<PURPOSE>` a
 * ticked box with its text in `consentText.<PURPOSE>`.
 */
export function readWebFormSettings(formData: FormData): unknown {
  const text = (name: string) => {
    const value = formData.get(name);
    return typeof value === "string" ? value : undefined;
  };
  return {
    name: text("name") ?? "",
    campaignId: text("campaignId"),
    teamId: text("teamId"),
    language: text("language"),
    fields: WEB_FORM_FIELDS.flatMap((key) => {
      const mode = text(`field.${key}`);
      return mode === "optional" || mode === "required" ? [{ key, required: mode === "required" }] : [];
    }),
    consents: WEB_FORM_PURPOSES.flatMap((purpose) =>
      text(`consent.${purpose}`) === "on" ? [{ purpose, text: text(`consentText.${purpose}`) ?? "" }] : [],
    ),
    thankYouText: text("thankYouText") ?? "",
  };
}

export const webFormIdSchema = z.object({ id: z.guid("notFound") });

// ---- The public form ----

export type WebFormPublicErrorCode = "required" | "email" | "phone" | "tooLong" | "contact";

const publicField: Record<WebFormFieldKey, z.ZodType<string>> = {
  name: z
    .string()
    .max(480, "tooLong")
    .transform((s) => oneLine(s).trim())
    .pipe(z.string().max(120, "tooLong")),
  // Empty is "not given" (whether that is allowed is the form's choice); anything else must be what
  // the ingest API would take, so the customer is found the same way.
  email: z
    .string()
    .trim()
    .refine((s) => s === "" || customerEmailSchema.safeParse(s).success, "email")
    .transform((s) => (s ? customerEmailSchema.parse(s) : "")),
  phone: z
    .string()
    .trim()
    .refine((s) => s === "" || customerPhoneSchema.safeParse(s).success, "phone")
    .transform((s) => (s ? customerPhoneSchema.parse(s) : "")),
  city: z
    .string()
    .max(400, "tooLong")
    .transform((s) => oneLine(s).trim())
    .pipe(z.string().max(100, "tooLong")),
  message: z
    .string()
    .max(WEB_FORM_MESSAGE_MAX * 2, "tooLong")
    .transform(multiLine)
    .pipe(z.string().max(WEB_FORM_MESSAGE_MAX, "tooLong")),
};

export type WebFormSubmission = Partial<Record<WebFormFieldKey, string>> & { consents: WebFormConsent["purpose"][] };

/** The schema of one form's submission: its shown fields, its required ones, its offered consents. */
export function webFormSubmissionSchema({
  fields = WEB_FORM_FIELDS.map((key) => ({ key, required: false })),
  consents = [],
}: { fields?: WebFormField[]; consents?: WebFormConsent[] } = {}) {
  const shape: Partial<Record<WebFormFieldKey, z.ZodType<string, unknown>>> = {};
  for (const f of fields) shape[f.key] = publicField[f.key].optional().transform((v) => v ?? "");
  const offered = new Set(consents.map((c) => c.purpose));
  return z
    .object({ ...shape, consents: z.array(z.enum(WEB_FORM_PURPOSES)) })
    .superRefine((value, ctx) => {
      const values = value as Partial<Record<WebFormFieldKey, string>>;
      for (const field of fields)
        if (field.required && !values[field.key])
          ctx.addIssue({ code: "custom", message: "required", path: [field.key] });
      // Someone to answer: the ingest path finds the customer by e-mail, else phone.
      const contact = fields.filter((f) => f.key === "email" || f.key === "phone");
      if (contact.length > 0 && !contact.some((f) => values[f.key]))
        ctx.addIssue({ code: "custom", message: "contact", path: [contact[0].key] });
    })
    .transform((value): WebFormSubmission => ({
      ...(value as Partial<Record<WebFormFieldKey, string>>),
      consents: value.consents.filter((p) => offered.has(p)),
    }));
}

/** What the public form posted, as the schema reads it; unknown names are dropped. */
export function readWebFormSubmission(formData: FormData, fields: WebFormField[]): unknown {
  const out: Record<string, unknown> = {};
  for (const field of fields) {
    const value = formData.get(field.key);
    if (typeof value === "string") out[field.key] = value;
  }
  out.consents = WEB_FORM_PURPOSES.filter((p) => formData.get(`consent.${p}`) === "yes");
  return out;
}
