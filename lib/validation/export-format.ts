import { z } from "zod";
import type { AppLocale } from "@/i18n/locales";

// The two CSV dialects the customer export writes. Norwegian and Danish Excel open a file with a
// double click only when it is semicolon-separated (the comma is their decimal mark), and read it as
// UTF-8 only with a BOM; otherwise æøå come out mangled. Everyone else (and every import tool) reads
// plain comma-separated UTF-8 without a BOM, which a BOM would put in front of the first header.

export const EXPORT_FORMATS = ["excel", "csv"] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export type CsvDialect = { delimiter: "," | ";"; bom: boolean; recordDelimiter: "\r\n" | "\n" };

export const CSV_DIALECTS: Record<ExportFormat, CsvDialect> = {
  // Excel writes CRLF itself; a file that round-trips through it stays the same.
  excel: { delimiter: ";", bom: true, recordDelimiter: "\r\n" },
  csv: { delimiter: ",", bom: false, recordDelimiter: "\n" },
};

/** Nordic readers get the file their Excel opens; English readers plain CSV. */
export function defaultExportFormat(locale: AppLocale): ExportFormat {
  return locale === "en" ? "csv" : "excel";
}

/** `?format=` absent means the reader's default; anything else but the two names is an error (400). */
export const exportFormatParam = z.enum(EXPORT_FORMATS).optional();

export function parseExportFormat(
  params: URLSearchParams,
  locale: AppLocale,
): { ok: true; format: ExportFormat } | { ok: false } {
  const raw = params.getAll("format");
  if (raw.length > 1) return { ok: false };
  const parsed = exportFormatParam.safeParse(raw[0]);
  if (!parsed.success) return { ok: false };
  return { ok: true, format: parsed.data ?? defaultExportFormat(locale) };
}
