import Papa from "papaparse";
import {
  checkHeader,
  IMPORT_MAX_ROWS,
  normaliseHeader,
  validateImportRows,
  type CustomerImportRow,
  type HeaderProblem,
  type ImportRowError,
} from "@/lib/validation/customer-import";

// Reads a decoded customer CSV the same way in the browser (preview) and on the server (import):
// papaparse with a header row, delimiter detected (Excel in Norway and Denmark writes ";").

export type ParsedImport =
  | { ok: true; rows: CustomerImportRow[]; errors: ImportRowError[]; total: number; preview: Record<string, string>[] }
  | { ok: false; reason: "empty" | "tooManyRows" | "unreadable" }
  | { ok: false; reason: "columns"; header: HeaderProblem };

export function parseImportCsv(text: string, previewRows = 0): ParsedImport {
  const result = Papa.parse<Record<string, string>>(text, {
    header: true,
    skipEmptyLines: "greedy",
    transformHeader: normaliseHeader,
  });
  const fields = result.meta.fields ?? [];
  if (!fields.length || !result.data.length) return { ok: false, reason: "empty" };
  // Quote errors make papaparse guess; a guess is not good enough for an import.
  if (result.errors.some((e) => e.type === "Quotes")) return { ok: false, reason: "unreadable" };
  const original = Papa.parse<string[]>(text, { preview: 1, delimiter: result.meta.delimiter }).data[0] ?? [];
  const header = checkHeader(original.length ? original : fields);
  if (header) return { ok: false, reason: "columns", header };
  if (result.data.length > IMPORT_MAX_ROWS) return { ok: false, reason: "tooManyRows" };
  const { rows, errors } = validateImportRows(result.data);
  // Rows whose field count is off are read anyway; the cells they do have are validated.
  return { ok: true, rows, errors, total: result.data.length, preview: result.data.slice(0, previewRows) };
}
