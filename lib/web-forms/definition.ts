import { z } from "zod";
import { WEB_FORM_FIELDS, WEB_FORM_PURPOSES, type WebFormConsent, type WebFormField } from "./options";

// A web form's fields and consents as stored on WebForm (JSON), read back. The stored JSON is
// parsed on every read: a row written by an older build, or by hand, gives a form with the parts
// that still make sense rather than a broken page.

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
