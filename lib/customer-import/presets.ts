import type { ColumnMapping, ImportField } from "./fields";
import {
  IMPORT_PRESETS,
  normaliseImportHeader,
  TABLES,
  WEAK_NOTES,
  type ImportPreset,
  type Table,
} from "./preset-headers";

export { IMPORT_PRESETS, normaliseImportHeader, type ImportPreset };

// Which column is which, for the files managers bring: exports of HubSpot and Pipedrive, a sheet with
// Norwegian or Danish headers, and Reise's own export (headers in the reader's language).
//
// Organization (Pipedrive) and Company name (HubSpot) go to notes when no column is a real note:
// Reise has no company field, and a rep looking at a moved customer should still see the company;
// in notes it stays visible and editable instead of being dropped.

/** Pipedrive prefixes exported columns with the entity: "Person - Email - Work". */
const unprefixed = (key: string) => (key.startsWith("person") && key.length > 6 ? key.slice(6) : key);

function lookup(table: Table, key: string): ImportField | null | undefined {
  return key in table ? table[key] : table[unprefixed(key)];
}

// Ties go to the more specific layout: a sheet "Navn;E-post;Telefon" is a Nordic sheet, not a Reise export.
const TIE_ORDER: ImportPreset[] = ["hubspot", "pipedrive", "nordic", "reise"];

function choosePreset(keys: string[]): ImportPreset | null {
  let best: { preset: ImportPreset | null; hits: number } = { preset: null, hits: 1 };
  for (const preset of TIE_ORDER) {
    const hits = keys.filter((k) => lookup(TABLES[preset], k) !== undefined).length;
    if (hits > best.hits) best = { preset, hits };
  }
  return best.preset;
}

/**
 * The layout the columns come from (null when fewer than two columns are known), and a first mapping:
 * the layout's own words first, then any other layout's. A field is never mapped twice (the first
 * column wins); unknown columns map to null.
 */
export function suggestMapping(columns: string[]): { preset: ImportPreset | null; mapping: ColumnMapping } {
  const keys = columns.map(normaliseImportHeader);
  const preset = choosePreset(keys);
  const order = preset ? [preset, ...TIE_ORDER.filter((p) => p !== preset)] : TIE_ORDER;
  const candidates = keys.map((key) => {
    for (const p of order) {
      const field = lookup(TABLES[p], key);
      // A column the chosen layout knows to ignore (Reise's own id) is not guessed from another layout.
      if (field === null && p === preset) return null;
      if (field) return field;
    }
    return null;
  });
  const mapping: ColumnMapping = columns.map(() => null);
  const used = new Set<ImportField>();
  for (const weak of [false, true]) {
    candidates.forEach((field, i) => {
      if (!field || used.has(field) || WEAK_NOTES.has(unprefixed(keys[i])) !== weak) return;
      mapping[i] = field;
      used.add(field);
    });
  }
  return { preset, mapping };
}
