"use client";

import { useMemo } from "react";
import type { ColumnMapping, ImportCountry, ImportDelimiter, ImportEncoding } from "@/lib/customer-import/fields";
import type { MappedRow, RowProblem } from "@/lib/customer-import/rows";

export type ReaderLib = typeof import("@/lib/customer-import/browser");

// The wizard's view of the chosen file under the current settings: its columns, a few sample values
// per column, and the first rows mapped and checked, for the preview. Only the first PREVIEW_BYTES
// are read here, so changing a setting answers at once even for a 100,000-row file; the server
// reads every row in its check, before anything is written.

const PREVIEW_BYTES = 128 * 1024;
export const PREVIEW_ROWS = 8;

export type Reading = {
  settings: { encoding: ImportEncoding; delimiter: ImportDelimiter; headerLine: number; country: ImportCountry };
  mapping: ColumnMapping;
};

export type FileView =
  | { ok: false; reason: "notUtf8" | "replacementCharacters" | "unreadable" | "empty" }
  | {
      ok: true;
      columns: string[];
      samples: string[][];
      preview: { rows: MappedRow[]; problems: RowProblem[] };
      mappingProblem: ReturnType<ReaderLib["checkMapping"]>;
    };

export function useFileView(lib: ReaderLib, bytes: Uint8Array, { settings, mapping }: Reading): FileView {
  const head = useMemo(() => bytes.subarray(0, PREVIEW_BYTES), [bytes]);
  const complete = head.byteLength === bytes.byteLength;
  const read = useMemo(() => {
    const decoded = lib.decodeImportBytes(head, settings.encoding);
    // A cut in the middle of a UTF-8 letter is the cut's fault, not the file's.
    if (!decoded.ok && !(decoded.reason === "notUtf8" && !complete)) return decoded;
    const text = decoded.ok ? decoded.text : new TextDecoder("utf-8").decode(head);
    const rows = lib.readCsvRows(text, { delimiter: settings.delimiter, headerLine: settings.headerLine });
    if ("ok" in rows) return { ok: false as const, reason: "unreadable" as const };
    // The last record of a cut file may be cut too.
    const records = complete ? rows.records : rows.records.slice(0, -1);
    if (!rows.columns.length || !records.length) return { ok: false as const, reason: "empty" as const };
    return { ok: true as const, columns: rows.columns, records };
  }, [lib, head, complete, settings.encoding, settings.delimiter, settings.headerLine]);

  return useMemo((): FileView => {
    if (!read.ok) return read;
    const samples = read.columns.map((_, i) =>
      read.records
        .map((r) => (r.cells[i] ?? "").trim())
        .filter(Boolean)
        .slice(0, 3),
    );
    const first = read.records.slice(0, PREVIEW_ROWS);
    return {
      ok: true,
      columns: read.columns,
      samples,
      preview: lib.validateMappedRows(first, mapping, { defaultCountry: settings.country }),
      mappingProblem: lib.checkMapping(mapping),
    };
  }, [lib, read, mapping, settings.country]);
}
