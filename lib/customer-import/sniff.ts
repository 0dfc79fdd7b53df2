import Papa from "papaparse";
import { IMPORT_DELIMITERS, type ImportDelimiter } from "./fields";

// Finding the table in a CSV file as spreadsheet programs and CRMs write them: the delimiter (Nordic
// Excel writes ";"), and the header row below any junk a person or a tool put above it.
// Line numbers are spreadsheet rows: a cell with a line break inside quotes is still one row, and
// blank lines count, so "line 7" is row 7 when the manager opens the file in Excel.

const SNIFF_ROWS = 30;
/** Excel's hint line: `sep=;` tells Excel which delimiter the file uses. */
const SEP_LINE = /^"?sep=(.)"?\r?$/i;

const filled = (row: string[]) => row.reduce((n, cell) => (cell.trim() ? n + 1 : n), 0);
const cleanHeader = (cell: string) => cell.replace(/^\uFEFF/, "").trim();

function rowsOf(text: string, delimiter: ImportDelimiter, preview = 0): string[][] {
  return Papa.parse<string[]>(text, { delimiter, preview, skipEmptyLines: false }).data;
}

function sepHint(text: string): ImportDelimiter | null {
  const first = text.slice(0, text.search(/\r?\n|$/));
  const hint = SEP_LINE.exec(first.replace(/^\uFEFF/, ""))?.[1];
  return (IMPORT_DELIMITERS as readonly string[]).includes(hint ?? "") ? (hint as ImportDelimiter) : null;
}

/** The first row with at least two filled cells; -1 when there is none. */
function headerIndex(rows: string[][]): number {
  return rows.findIndex((row) => filled(row) >= 2);
}

/** How well a delimiter cuts the file: header cells × the share of rows below with as many cells. */
function score(rows: string[][]): number {
  const h = headerIndex(rows);
  if (h < 0) return 0;
  const body = rows.slice(h + 1).filter((row) => filled(row) > 0);
  const same = body.filter((row) => row.length === rows[h].length).length;
  return filled(rows[h]) * (body.length ? same / body.length : 1);
}

export function sniffCsv(
  text: string,
  delimiter?: ImportDelimiter,
): { delimiter: ImportDelimiter; headerLine: number; columns: string[] } {
  const hint = sepHint(text);
  const candidates = delimiter ? [delimiter] : hint ? [hint] : IMPORT_DELIMITERS;
  let best = { delimiter: candidates[0], rows: rowsOf(text, candidates[0], SNIFF_ROWS), score: -1 };
  for (const d of candidates) {
    const rows = rowsOf(text, d, SNIFF_ROWS);
    if (hint) rows[0] = []; // the sep= line is never the header
    const s = score(rows);
    if (s > best.score) best = { delimiter: d, rows, score: s };
  }
  let h = headerIndex(best.rows);
  // A file of one column: its header is the first row with anything in it.
  if (h < 0)
    h = Math.max(
      0,
      best.rows.findIndex((row) => filled(row) > 0),
    );
  return { delimiter: best.delimiter, headerLine: h + 1, columns: (best.rows[h] ?? []).map(cleanHeader) };
}

export type CsvRecord = { line: number; cells: string[] };

export function readCsvRows(
  text: string,
  o: { delimiter: ImportDelimiter; headerLine: number },
): { columns: string[]; records: CsvRecord[] } | { ok: false; reason: "unreadable" } {
  const result = Papa.parse<string[]>(text, { delimiter: o.delimiter, skipEmptyLines: false });
  // With a quote out of place papaparse guesses where cells end; a guess is not good enough here.
  if (result.errors.some((e) => e.type === "Quotes")) return { ok: false, reason: "unreadable" };
  const rows = result.data;
  const columns = (rows[o.headerLine - 1] ?? []).map(cleanHeader);
  const records: CsvRecord[] = [];
  for (let i = o.headerLine; i < rows.length; i++) {
    if (filled(rows[i]) > 0) records.push({ line: i + 1, cells: rows[i] });
  }
  return { columns, records };
}
