import "server-only";
import { decodeImportBytes } from "@/lib/customer-import/decode";
import {
  newSeenValues,
  validateMappedRows,
  type InFileDuplicate,
  type MappedRow,
  type RowProblem,
} from "@/lib/customer-import/rows";
import { readCsvRows } from "@/lib/customer-import/sniff";
import type { ImportOptions } from "@/lib/validation/customer-import";
import { breathe } from "./breathe";

// The file of an import, read the way the manager chose in the wizard. Reading is pure and gives the
// same rows every time, so each run of a job can read the file again and continue at a row index.
// The rows are checked in parts with a pause between: checking 100,000 rows takes a second or more
// of CPU, and the server answers nobody while one piece of JavaScript runs.

const PART = 5000;

export type ReadImport =
  | { ok: true; rows: MappedRow[]; problems: RowProblem[]; duplicatesInFile: InFileDuplicate[]; total: number }
  | { ok: false; reason: "notUtf8" | "replacementCharacters" | "unreadable" | "empty" };

export async function readImportFile(bytes: Uint8Array, options: ImportOptions): Promise<ReadImport> {
  const decoded = decodeImportBytes(bytes, options.encoding);
  if (!decoded.ok) return decoded;
  const read = readCsvRows(decoded.text, { delimiter: options.delimiter, headerLine: options.headerLine });
  if ("ok" in read) return { ok: false, reason: "unreadable" };
  if (!read.records.length) return { ok: false, reason: "empty" };
  const seen = newSeenValues();
  const all: Omit<Extract<ReadImport, { ok: true }>, "ok" | "total"> = { rows: [], problems: [], duplicatesInFile: [] };
  for (let i = 0; i < read.records.length; i += PART) {
    if (i) await breathe(0);
    const part = validateMappedRows(read.records.slice(i, i + PART), options.mapping, {
      defaultCountry: options.country,
      seen,
    });
    for (const key of ["rows", "problems", "duplicatesInFile"] as const) {
      for (const item of part[key]) (all[key] as unknown[]).push(item);
    }
  }
  return { ok: true, ...all, total: read.records.length };
}

/** Lines that have a problem: such a row is left out of the import, never half-imported. */
export function problemLines(problems: RowProblem[]): Set<number> {
  return new Set(problems.map((p) => p.line));
}
