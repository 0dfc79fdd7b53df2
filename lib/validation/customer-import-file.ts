// Limits of the import page that hold before a file is read (zod-free, for the page's first
// JavaScript). The row rules are in lib/customer-import/.

/** Files above this are refused before they are read (browser) or buffered (server). */
export const IMPORT_MAX_BYTES = 40 * 1024 * 1024;
