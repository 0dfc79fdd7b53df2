import { z } from "zod";
import { ConsentPurpose } from "@/generated/prisma/enums";
import { LOCALES } from "@/i18n/locales";

// What a web form is made of, as stored on WebForm (fields, consents as JSON) and read back. The
// stored JSON is parsed with these schemas on every read: a row written by an older build, or by
// hand, gives a form with the parts that still make sense rather than a broken page.

/** The fields a form may ask for, in the order they are shown. */
export const WEB_FORM_FIELDS = ["name", "email", "phone", "city", "message"] as const;
export type WebFormFieldKey = (typeof WEB_FORM_FIELDS)[number];

export const WEB_FORM_PURPOSES = Object.values(ConsentPurpose);
export type WebFormPurpose = (typeof WEB_FORM_PURPOSES)[number];

export const WEB_FORM_LANGUAGES = LOCALES;
export type WebFormLanguage = (typeof WEB_FORM_LANGUAGES)[number];

export type WebFormField = { key: WebFormFieldKey; required: boolean };
export type WebFormConsent = { purpose: WebFormPurpose; text: string };

const fieldsJson = z.array(z.object({ key: z.enum(WEB_FORM_FIELDS), required: z.boolean() }));
const consentsJson = z.array(z.object({ purpose: z.enum(WEB_FORM_PURPOSES), text: z.string() }));

/** The shown fields, once each, in the fixed order. */
export function readFields(json: unknown): WebFormField[] {
  const parsed = fieldsJson.safeParse(json);
  if (!parsed.success) return [{ key: "email", required: true }];
  return WEB_FORM_FIELDS.flatMap((key) => parsed.data.find((f) => f.key === key) ?? []);
}

/** The offered consents, once each, in the fixed order. */
export function readConsents(json: unknown): WebFormConsent[] {
  const parsed = consentsJson.safeParse(json);
  if (!parsed.success) return [];
  return WEB_FORM_PURPOSES.flatMap((purpose) => parsed.data.find((c) => c.purpose === purpose) ?? []);
}

/**
 * Every consent asks for the e-mail: it is granted only when the person confirms from that inbox
 * (double opt-in), so a form that offers one must require the address.
 */
export function consentsNeedEmail(fields: WebFormField[], consents: WebFormConsent[]): boolean {
  return consents.length === 0 || fields.some((f) => f.key === "email" && f.required);
}

/** The public address's slug: the name in plain letters, and a random tail so names may repeat. */
export function slugFor(name: string, random: string): string {
  const base = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[æÆ]/g, "ae")
    .replace(/[øØ]/g, "o")
    .replace(/[åÅ]/g, "a")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 40)
    .replace(/-+$/, "");
  return base ? `${base}-${random}` : random;
}
