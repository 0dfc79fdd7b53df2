import { z } from "zod";
import { looksLikeFormula } from "@/lib/csv-formula";
import { IMPORT_LIMITS as MAX, type ImportCountry } from "./fields";
import { readConsent, readPhone, readStage } from "./row-values";

// One schema for a prepared row (cells trimmed, Reise's apostrophe guard taken off). Messages are
// RowProblemCodes, keys of customerImport.rowProblems, so each side says them in the reader's language.

// NUL and other control characters never belong in a one-line value (PostgreSQL cannot store NUL);
// notes may have line breaks and tabs.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL_LINE = /[\u0000-\u0008\u000a-\u001f\u007f]/;
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL_NOTES = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/;
const EMAIL = z.email();

const text = (max: number, tooLong: string, control = CONTROL_LINE) =>
  z
    .string()
    .refine((s) => s.length <= max, tooLong)
    .refine((s) => !control.test(s), "controlCharacters")
    .refine((s) => !looksLikeFormula(s), "formula")
    .transform((s) => s || null);

/** A cell read by `read`: null when empty, the problem `code` when `read` does not know it. */
const word = <T>(read: (s: string) => T | null | undefined, code: string) =>
  z.string().transform((s, ctx) => {
    const value = read(s);
    if (value !== undefined) return value;
    ctx.issues.push({ code: "custom", message: code, input: s });
    return z.NEVER;
  });

function buildSchema(country: ImportCountry) {
  return z.object({
    name: z
      .string()
      .refine((s) => s.length > 0, "nameRequired")
      .refine((s) => s.length <= MAX.name, "nameTooLong")
      .refine((s) => !CONTROL_LINE.test(s), "controlCharacters")
      .refine((s) => !looksLikeFormula(s), "formula"),
    email: z
      .string()
      .refine((s) => !s || (s.length <= MAX.email && EMAIL.safeParse(s).success), "emailInvalid")
      .transform((s) => (s ? s.toLowerCase() : null)),
    // Parsed as a number, not checked for formulas: "+47 912 34 567" is a phone number, not a sum.
    phone: z.string().transform((s, ctx) => {
      if (!s) return null;
      const read = readPhone(s, country);
      if (read.ok) return read.phone;
      ctx.issues.push({ code: "custom", message: read.code, input: s });
      return z.NEVER;
    }),
    city: text(MAX.city, "cityTooLong"),
    owner: text(MAX.owner, "ownerTooLong"),
    team: text(MAX.team, "teamTooLong"),
    journeyStage: word(readStage, "stageUnknown"),
    emailConsent: word(readConsent, "consentUnknown"),
    smsConsent: word(readConsent, "consentUnknown"),
    externalId: text(MAX.externalId, "externalIdTooLong"),
    notes: text(MAX.notes, "notesTooLong", CONTROL_NOTES),
  });
}

const schemas = new Map<ImportCountry, ReturnType<typeof buildSchema>>();

export function importRowSchema(country: ImportCountry) {
  let schema = schemas.get(country);
  if (!schema) schemas.set(country, (schema = buildSchema(country)));
  return schema;
}
export type PreparedRow = z.input<ReturnType<typeof buildSchema>>;
export type ImportRowKey = keyof PreparedRow;
