import type { JourneyStage } from "@/generated/prisma/enums";
import { IMPORT_LIMITS, type ColumnMapping, type ImportCountry, type ImportField } from "./fields";
import { importRowSchema, type ImportRowKey } from "./row-schema";
import { unguardCell } from "./row-values";
import type { CsvRecord } from "./sniff";

// The rows of a mapped import file, checked the same way in the browser (preview, problems marked
// row by row) and in the import job before it writes. A row with a problem is left out of `rows`
// and listed in `problems` with its line and field, so the manager can import the good rows or fix
// the file; nothing is dropped silently. Rows sharing an email or phone are not problems: they are
// listed in duplicatesInFile and the manager decides (skip, update or stop).

export type MappedRow = {
  line: number;
  name: string;
  email: string | null;
  phone: string | null;
  city: string | null;
  /** As written in the file (an email or a name); the server resolves owners and teams. */
  owner: string | null;
  team: string | null;
  journeyStage: JourneyStage | null;
  emailConsent: boolean | null;
  smsConsent: boolean | null;
  externalId: string | null;
  notes: string | null;
};

export type RowProblemCode =
  | "nameRequired"
  | "nameTooLong"
  | "emailInvalid"
  | "phoneInvalid"
  | "phoneCountryCode"
  | "cityTooLong"
  | "formula"
  | "controlCharacters"
  | "stageUnknown"
  | "consentUnknown"
  | "externalIdTooLong"
  | "notesTooLong"
  | "ownerTooLong"
  | "teamTooLong";

export type RowProblem = { line: number; field: ImportField; code: RowProblemCode; value?: string };
export type InFileDuplicate = { line: number; firstLine: number; field: "email" | "phone" };

/** The `{max}` of each TooLong message. */
export const ROW_PROBLEM_MAX: Partial<Record<RowProblemCode, number>> = {
  nameTooLong: IMPORT_LIMITS.name,
  cityTooLong: IMPORT_LIMITS.city,
  ownerTooLong: IMPORT_LIMITS.owner,
  teamTooLong: IMPORT_LIMITS.team,
  externalIdTooLong: IMPORT_LIMITS.externalId,
  notesTooLong: IMPORT_LIMITS.notes,
};

/** Problems show the value as written, cut to this length. */
const VALUE_MAX = 60;

/** Name, or first and last name, must be mapped; no field may be chosen for two columns. */
export function checkMapping(
  mapping: ColumnMapping,
): { code: "nameMissing" } | { code: "fieldTwice"; field: ImportField } | null {
  const seen = new Set<ImportField>();
  for (const field of mapping) {
    if (!field) continue;
    if (seen.has(field)) return { code: "fieldTwice", field };
    seen.add(field);
  }
  return seen.has("name") || seen.has("firstName") || seen.has("lastName") ? null : { code: "nameMissing" };
}

// In the order problems of one row are listed.
const KEYS = [
  "name",
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
] as const satisfies ImportRowKey[];

const EMPTY_ROW: Omit<MappedRow, "line" | "name"> = {
  email: null,
  phone: null,
  city: null,
  owner: null,
  team: null,
  journeyStage: null,
  emailConsent: null,
  smsConsent: null,
  externalId: null,
  notes: null,
};

function cellAt(cells: string[], i: number | undefined): string {
  return i === undefined ? "" : unguardCell((cells[i] ?? "").trim()).trim();
}

/** The first line of each email and phone, carried across calls when a file is checked in parts. */
export type SeenValues = { email: Map<string, number>; phone: Map<string, number> };

export function newSeenValues(): SeenValues {
  return { email: new Map(), phone: new Map() };
}

/**
 * Reads every record through the mapping: name is the name column, else "first last"; phones in
 * E.164 in the default country; emails lower-case. Good rows in `rows`, the rest in `problems`
 * (the first problem of each field), and rows that repeat an earlier row's email or phone in
 * `duplicatesInFile`. Empty cells are null without a schema call: 100,000 rows stay well under a second.
 */
export function validateMappedRows(
  records: CsvRecord[],
  mapping: ColumnMapping,
  o: { defaultCountry: ImportCountry; seen?: SeenValues },
): { rows: MappedRow[]; problems: RowProblem[]; duplicatesInFile: InFileDuplicate[] } {
  const { shape } = importRowSchema(o.defaultCountry);
  const column = new Map<ImportField, number>();
  mapping.forEach((field, i) => field && !column.has(field) && column.set(field, i));
  const nameField: ImportField = column.has("name") ? "name" : column.has("firstName") ? "firstName" : "lastName";
  const [nameAt, firstAt, lastAt] = [column.get("name"), column.get("firstName"), column.get("lastName")];
  const mapped = KEYS.filter((key) => key !== "name" && column.has(key)).map((key) => [key, column.get(key)] as const);
  const rows: MappedRow[] = [];
  const problems: RowProblem[] = [];
  const duplicatesInFile: InFileDuplicate[] = [];
  const firstLine = o.seen ?? newSeenValues();
  const problem = (line: number, key: ImportRowKey, issues: readonly { message: string }[], value: string) =>
    problems.push({
      line,
      field: key === "name" ? nameField : key,
      code: issues[0].message as RowProblemCode,
      ...(value && { value: value.slice(0, VALUE_MAX) }),
    });

  for (const { line, cells } of records) {
    const name = cellAt(cells, nameAt) || `${cellAt(cells, firstAt)} ${cellAt(cells, lastAt)}`.trim();
    const named = shape.name.safeParse(name);
    let ok = named.success;
    if (!named.success) problem(line, "name", named.error.issues, name);
    const row: MappedRow = { line, name, ...EMPTY_ROW };
    for (const [key, i] of mapped) {
      let value = cellAt(cells, i);
      if (!value) continue;
      if (key === "notes") value = value.replace(/\r\n?/g, "\n");
      const parsed = shape[key].safeParse(value);
      if (parsed.success) (row as Record<ImportRowKey, unknown>)[key] = parsed.data;
      else {
        ok = false;
        problem(line, key, parsed.error.issues, value);
      }
    }
    if (!ok) continue;
    for (const field of ["email", "phone"] as const) {
      const value = row[field];
      if (!value) continue;
      const first = firstLine[field].get(value);
      if (first === undefined) firstLine[field].set(value, line);
      else duplicatesInFile.push({ line, firstLine: first, field });
    }
    rows.push(row);
  }
  return { rows, problems, duplicatesInFile };
}
