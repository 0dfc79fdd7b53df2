// Cursors carry a row's time as the ISO text toISOString() writes. Back from the URL, anyone may
// have edited it, and a pattern is not enough: JavaScript reads "2026-02-30" as 2 March, and
// PostgreSQL refuses year 0000 (there is no year 0) and six-digit years. An instant is accepted
// only in exactly that form, with a year from 0001 to 9999: what JavaScript and PostgreSQL read
// alike. Not narrower: a row stored with an odd date must still let a list page past it.

const ISO_INSTANT = /^(?!0000)\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

export function isIsoInstant(value: string): boolean {
  if (!ISO_INSTANT.test(value)) return false;
  const at = new Date(value);
  return !Number.isNaN(at.getTime()) && at.toISOString() === value;
}
