// What the import page checks before any row is parsed: size and row limits, the
// columns, the file's encoding. The row schema is in customer-import.ts. Zod-free:
// the import form imports it without adding zod to the page's first JavaScript
// (the row checks load when a file is chosen).

/** Files above this are refused before they are read (browser) or buffered (server). */
export const IMPORT_MAX_BYTES = 5 * 1024 * 1024;
/** A file of more rows is refused: import it in parts. */
export const IMPORT_MAX_ROWS = 20_000;
/** Rows shown in the preview. */
export const IMPORT_PREVIEW_ROWS = 10;
/** Errors listed at most (the count says how many there were). */
export const IMPORT_MAX_LISTED_ERRORS = 200;

export const IMPORT_COLUMNS = ["name", "email", "phone", "city"] as const;
export const IMPORT_REQUIRED_COLUMNS = ["name"] as const;
export type ImportColumn = (typeof IMPORT_COLUMNS)[number];

export type DecodedFile = { ok: true; text: string } | { ok: false; reason: "notUtf8" | "replacementCharacters" };

/**
 * CSV files must be UTF-8. Excel's "CSV" is often Windows-1252/Latin-1, whose æ, ø and å are not
 * valid UTF-8: decoding strictly catches that. A file that already went through a wrong conversion
 * carries U+FFFD replacement characters instead: refuse those too, the names in it are damaged.
 */
export function decodeCsvBytes(bytes: Uint8Array): DecodedFile {
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, reason: "notUtf8" };
  }
  if (text.includes("\uFFFD")) return { ok: false, reason: "replacementCharacters" };
  return { ok: true, text: text.replace(/^\uFEFF/, "") };
}
