import { ConsentPurpose } from "@/generated/prisma/enums";
import { LOCALES } from "@/i18n/locales";

// What a web form is made of. Zod-free: the settings editor and the public form import it without
// adding zod to the page's first JavaScript (./definition.ts reads the stored JSON).

/** The fields a form may ask for, in the order they are shown. */
export const WEB_FORM_FIELDS = ["name", "email", "phone", "city", "message"] as const;
export type WebFormFieldKey = (typeof WEB_FORM_FIELDS)[number];

export const WEB_FORM_PURPOSES = Object.values(ConsentPurpose);
export type WebFormPurpose = (typeof WEB_FORM_PURPOSES)[number];

export const WEB_FORM_LANGUAGES = LOCALES;
export type WebFormLanguage = (typeof WEB_FORM_LANGUAGES)[number];

export type WebFormField = { key: WebFormFieldKey; required: boolean };
export type WebFormConsent = { purpose: WebFormPurpose; text: string };

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

/** The spam guards' field names: plain-sounding, so a bot fills the honeypot in. */
export const HONEYPOT_FIELD = "website";
export const STARTED_FIELD = "started";
