import { z } from "zod";
import { looksLikeFormula } from "@/lib/csv-formula";
import { normalisePhone } from "@/lib/format-phone";
import { IMPORT_COLUMNS, IMPORT_REQUIRED_COLUMNS, type ImportColumn } from "./customer-import-file";
export * from "./customer-import-file";

// One schema for a row of a customer import file, used by the preview in the browser and again by
// the server before it writes (server/customers/import-service.ts). Error messages are keys of
// customerImport.errors, so each side can say them in the user's language.
//
// The file is all-or-nothing: if any row has an error, nothing is imported, and the whole list of
// errors is shown so the file can be fixed in one go.

export type ImportRowErrorCode =
  | "nameRequired"
  | "nameTooLong"
  | "emailInvalid"
  | "phoneInvalid"
  | "phoneCountryCode"
  | "cityTooLong"
  | "formula"
  | "duplicateInFile"
  | "duplicateExisting"
  | "controlCharacters";

const NAME_MAX = 120;
const CITY_MAX = 80;
// NUL and other control characters (but tab) never belong in a name; PostgreSQL cannot store NUL.
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f]/;

const cell = z.preprocess((v) => (typeof v === "string" ? v.trim() : ""), z.string());
const noFormula = (s: string) => !looksLikeFormula(s);

export const customerImportRowSchema = z.object({
  name: cell
    .refine((s) => s.length > 0, "nameRequired")
    .refine((s) => s.length <= NAME_MAX, "nameTooLong")
    .refine((s) => !CONTROL.test(s), "controlCharacters")
    .refine(noFormula, "formula"),
  email: cell
    .refine((s) => !s || z.email().safeParse(s).success, "emailInvalid")
    .transform((s) => (s ? s.toLowerCase() : null)),
  // Stored as E.164. Without a country code the number is ambiguous (Norwegian and Danish numbers
  // both have 8 digits), so the file has to say it: +47 912 34 567 or 0047 912 34 567.
  phone: cell
    .refine((s) => !s || /^(\+|00)/.test(s), "phoneCountryCode")
    .refine(
      (s) => !s || !/^(\+|00)/.test(s) || (/^[+\d\s().-]+$/.test(s) && /^\+\d{8,15}$/.test(normalisePhone(s))),
      "phoneInvalid",
    )
    .transform((s) => (s ? normalisePhone(s) : null)),
  city: cell
    .refine((s) => s.length <= CITY_MAX, "cityTooLong")
    .refine((s) => !CONTROL.test(s), "controlCharacters")
    .refine(noFormula, "formula")
    .transform((s) => s || null),
});

/** A valid row, and its line in the file (for errors found later, e.g. duplicates of existing customers). */
export type CustomerImportRow = z.output<typeof customerImportRowSchema> & { line: number };
/** `row` is the line in the file as a spreadsheet numbers it (the header is row 1). */
export type ImportRowError = { row: number; field: ImportColumn; code: ImportRowErrorCode };

export type HeaderProblem = { missing: string[]; unknown: string[] };

/** Header names compared trimmed and case-insensitively; "E-mail" and "Email" are the same column. */
export function normaliseHeader(h: string): string {
  return h
    .replace(/^\uFEFF/, "")
    .trim()
    .toLowerCase()
    .replace(/[\s_-]+/g, "");
}

/** Missing required and unknown columns, or null when the header is usable. */
export function checkHeader(fields: string[]): HeaderProblem | null {
  const have = fields.map(normaliseHeader).filter(Boolean);
  const missing = IMPORT_REQUIRED_COLUMNS.filter((c) => !have.includes(c));
  const unknown = fields.filter((f) => f.trim() && !(IMPORT_COLUMNS as readonly string[]).includes(normaliseHeader(f)));
  return missing.length || unknown.length ? { missing, unknown } : null;
}

/**
 * Validates parsed rows (objects keyed by normalised header) and finds duplicates inside the file
 * by email or phone. Duplicates of existing customers are the server's to find.
 */
export function validateImportRows(records: Record<string, string>[]): {
  rows: CustomerImportRow[];
  errors: ImportRowError[];
} {
  const rows: CustomerImportRow[] = [];
  const errors: ImportRowError[] = [];
  const seen = new Map<string, number>();
  records.forEach((record, i) => {
    const line = i + 2;
    const parsed = customerImportRowSchema.safeParse(record);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        errors.push({ row: line, field: issue.path[0] as ImportColumn, code: issue.message as ImportRowErrorCode });
      }
      return;
    }
    for (const field of ["email", "phone"] as const) {
      const value = parsed.data[field];
      if (!value) continue;
      const key = `${field}:${value}`;
      if (seen.has(key)) errors.push({ row: line, field, code: "duplicateInFile" });
      else seen.set(key, line);
    }
    rows.push({ ...parsed.data, line });
  });
  return { rows, errors };
}
