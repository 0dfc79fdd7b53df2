// CSV formula injection: a spreadsheet runs a cell that starts with = + - @ (and, in some programs,
// with a tab or carriage return) as a formula, e.g. =HYPERLINK("http://evil", "Click"). Every cell
// we write to a CSV goes through neutraliseFormula, which makes such a cell plain text with a
// leading apostrophe, as OWASP recommends. That includes phone numbers (+47…): a cell must never
// be trusted because of its column.

const FORMULA_START = /^[=+\-@\t\r]/;

export function looksLikeFormula(value: string): boolean {
  return FORMULA_START.test(value);
}

export function neutraliseFormula(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return "";
  const text = String(value);
  return looksLikeFormula(text) ? `'${text}` : text;
}
