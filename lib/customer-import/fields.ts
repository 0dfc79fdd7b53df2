// The vocabulary of a customer import, shared by the wizard (browser) and the import job (server):
// which customer fields a column can fill, and the file settings the manager can change.

export const IMPORT_FIELDS = [
  "name",
  "firstName",
  "lastName",
  "email",
  "phone",
  "city",
  "owner",
  "team",
  "journeyStage",
  "emailConsent",
  "smsConsent",
  "externalId",
  "notes",
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

/** One entry per column of the file, by index; null = the column is not imported. */
export type ColumnMapping = (ImportField | null)[];

/** The default country for phone numbers written without a country code. */
export const IMPORT_COUNTRIES = ["NO", "DK", "SE"] as const;
export type ImportCountry = (typeof IMPORT_COUNTRIES)[number];

export const IMPORT_ENCODINGS = ["utf-8", "windows-1252", "iso-8859-1"] as const;
export type ImportEncoding = (typeof IMPORT_ENCODINGS)[number];

export const IMPORT_DELIMITERS = [",", ";", "\t"] as const;
export type ImportDelimiter = (typeof IMPORT_DELIMITERS)[number];

/** Message keys (customerImport.delimiters.*) for the delimiters, which cannot be keys themselves. */
export const IMPORT_DELIMITER_KEYS: Record<ImportDelimiter, "comma" | "semicolon" | "tab"> = {
  ",": "comma",
  ";": "semicolon",
  "\t": "tab",
};

/** Longest values accepted; the `{max}` of the TooLong messages in customerImport.rowProblems. */
export const IMPORT_LIMITS = { name: 120, email: 254, city: 80, owner: 254, team: 80, externalId: 100, notes: 2000 };
