// Everything the import wizard needs to read a file in the browser, as one module it loads with
// import() when a file is chosen: papaparse, zod, the phone metadata and the encoding detector stay
// out of the page's first JavaScript (components/client-imports.test.ts).

export { detectEncoding, decodeImportBytes } from "./decode";
export { sniffCsv, readCsvRows } from "./sniff";
export { suggestMapping } from "./presets";
export { checkMapping, validateMappedRows } from "./rows";
export { applySavedMapping } from "./saved-mapping";
