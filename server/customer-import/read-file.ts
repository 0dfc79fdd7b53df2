import "server-only";
import { decodeImportBytes } from "@/lib/customer-import/decode";
import { validateMappedRows, type InFileDuplicate, type MappedRow, type RowProblem } from "@/lib/customer-import/rows";
import { readCsvRows } from "@/lib/customer-import/sniff";
import type { ImportOptions } from "@/lib/validation/customer-import";

// The file of an import, read the way the manager chose in the wizard. Reading is pure and gives the
// same rows every time, so each run of a job can read the file again and continue at a row index.

export type ReadImport =
  | { ok: true; rows: MappedRow[]; problems: RowProblem[]; duplicatesInFile: InFileDuplicate[]; total: number }
  | { ok: false; reason: "notUtf8" | "replacementCharacters" | "unreadable" | "empty" };

export function readImportFile(bytes: Uint8Array, options: ImportOptions): ReadImport {
  const decoded = decodeImportBytes(bytes, options.encoding);
  if (!decoded.ok) return decoded;
  const read = readCsvRows(decoded.text, { delimiter: options.delimiter, headerLine: options.headerLine });
  if ("ok" in read) return { ok: false, reason: "unreadable" };
  if (!read.records.length) return { ok: false, reason: "empty" };
  const { rows, problems, duplicatesInFile } = validateMappedRows(read.records, options.mapping, {
    defaultCountry: options.country,
  });
  return { ok: true, rows, problems, duplicatesInFile, total: read.records.length };
}

/** Lines that have a problem: such a row is left out of the import, never half-imported. */
export function problemLines(problems: RowProblem[]): Set<number> {
  return new Set(problems.map((p) => p.line));
}
