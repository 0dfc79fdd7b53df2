import type { ColumnMapping, ImportCountry, ImportField } from "./fields";
import { normaliseImportHeader } from "./presets";

// A column mapping a manager saved ("HubSpot, our portal"), kept by the columns' header words so a
// file with its columns in another order maps the same way.

export type SavedMapping = { id: string; name: string; mapping: Record<string, ImportField>; country: ImportCountry };

export function mappingByHeader(columns: string[], mapping: ColumnMapping): Record<string, ImportField> {
  const byHeader: Record<string, ImportField> = {};
  columns.forEach((column, i) => {
    const field = mapping[i];
    if (field) byHeader[normaliseImportHeader(column)] = field;
  });
  return byHeader;
}

/** A saved mapping applied to a file's columns: columns it does not name are left unmapped. */
export function applySavedMapping(saved: Record<string, ImportField>, columns: string[]): ColumnMapping {
  const used = new Set<ImportField>();
  return columns.map((c) => {
    const field = saved[normaliseImportHeader(c)] ?? null;
    if (!field || used.has(field)) return null;
    used.add(field);
    return field;
  });
}
