import { z } from "zod";
import { IMPORT_COUNTRIES, IMPORT_DELIMITERS, IMPORT_ENCODINGS, IMPORT_FIELDS } from "@/lib/customer-import/fields";

// What the manager chose in the import wizard, checked again by the server before the file is read:
// how to read it (encoding, delimiter, header line), which column is which field, the country for
// phone numbers written without a country code, and the team for customers the file gives none.

export const IMPORT_MAX_COLUMNS = 200;

export const importOptionsSchema = z.object({
  encoding: z.enum(IMPORT_ENCODINGS),
  delimiter: z.enum(IMPORT_DELIMITERS),
  headerLine: z.number().int().min(1).max(100),
  mapping: z.array(z.enum(IMPORT_FIELDS).nullable()).min(1).max(IMPORT_MAX_COLUMNS),
  country: z.enum(IMPORT_COUNTRIES),
  teamId: z.uuid().nullable(),
});
export type ImportOptions = z.output<typeof importOptionsSchema>;

/** After the check: what to do with rows that match a customer already in Reise or an earlier row. */
export const DUPLICATE_CHOICES = ["skip", "update"] as const;
export type DuplicateChoice = (typeof DUPLICATE_CHOICES)[number];

export const importDecisionSchema = z.object({
  importId: z.uuid(),
  duplicates: z.enum(DUPLICATE_CHOICES),
});

export const importIdSchema = z.object({ importId: z.uuid() });

export const saveMappingSchema = z.object({
  name: z.string().trim().min(1, "nameRequired").max(80, "nameTooLong"),
  columns: z.array(z.string().max(200)).min(1).max(IMPORT_MAX_COLUMNS),
  mapping: z.array(z.enum(IMPORT_FIELDS).nullable()).min(1).max(IMPORT_MAX_COLUMNS),
  country: z.enum(IMPORT_COUNTRIES),
});
