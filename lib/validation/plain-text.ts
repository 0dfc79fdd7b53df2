import { z } from "zod";
import { first } from "./url-param";

// One-line text from outside: a list's search or city filter in the URL, a name from a form or
// the ingest API. Anything can be put there: PostgreSQL refuses a NUL byte in text (the query or
// the write fails: an error page, a 500), and other control characters or half a surrogate pair
// are nothing anyone typed. They are taken out (or, in ids, refused) before the database.

/* eslint-disable no-control-regex */
const LINE_BREAKS = /[\t\n\v\f\r\u0085\u2028\u2029]+/g;
const CONTROL = /[\u0000-\u001f\u007f-\u009f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
/* eslint-enable no-control-regex */
// The same pattern without the g flag: a global regex's test() remembers where it stopped.
const HAS_CONTROL = new RegExp(CONTROL.source);

/** For ids, where dropping a character could make two different ids one: refuse instead. */
export const hasControlCharacters = (value: string) => HAS_CONTROL.test(value);

/* eslint-disable no-control-regex -- finding control characters is the point */
const CONTROL_BUT_TAB_AND_NEWLINE = /[\u0000-\u0008\u000b-\u001f\u007f]/g;
/* eslint-enable no-control-regex */

/**
 * Free text (a note, a reply, a title): line endings become \n, control characters other than tab
 * and newline go (PostgreSQL text cannot hold NUL; the rest is noise), and the ends are trimmed.
 */
export const multiLine = (value: string) =>
  value.replace(/\r\n?/g, "\n").replace(CONTROL_BUT_TAB_AND_NEWLINE, "").trim();

/** One line of text: line breaks and tabs become a space, other control characters go. */
export const oneLine = (value: string) => value.replace(LINE_BREAKS, " ").replace(CONTROL, "");

/** The search text, cleaned, trimmed and cut to `max` characters (never half a character). */
export function cleanSearchText(value: string, max: number): string {
  // Cut long input early: the pattern work is then bounded whatever the URL holds.
  const cleaned = oneLine(value.slice(0, max * 4)).trim();
  return Array.from(cleaned).slice(0, max).join("").trim();
}

/**
 * One free-text URL param (the first of repeated ones): cleaned text, or undefined when nothing
 * is left. Never fails.
 */
export const searchText = (max: number) =>
  z
    .preprocess((v) => {
      const value = first(v);
      return typeof value === "string" || typeof value === "number" ? cleanSearchText(String(value), max) : "";
    }, z.string())
    .catch("")
    .transform((s) => s || undefined);
