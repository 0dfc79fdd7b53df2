// A moved delivery date goes onto the customer's timeline as a touchpoint. Its stored summary is
// English with ISO days (what search, exports and the API read), but staff read it in their own
// language with their own date format (issue 22: nb and da showed "expected delivery moved from
// 2026-12-01…"). So the line is written and read here, in one place: the page parses it back
// into its parts and words it for the reader; rows written before this file read the same way.

/** Days as "YYYY-MM-DD"; `from` is null when the order had no date yet. */
export type DeliveryMove = { number: string; from: string | null; to: string; reason: string };

const NO_DATE = "no date";
const PATTERN =
  /^Order (\S+): expected delivery moved from (\d{4}-\d{2}-\d{2}|no date) to (\d{4}-\d{2}-\d{2}) — (.*)$/s;

export const isoDay = (d: Date) => d.toISOString().slice(0, 10);

export function deliveryMoveSummary(move: DeliveryMove): string {
  return `Order ${move.number}: expected delivery moved from ${move.from ?? NO_DATE} to ${move.to} — ${move.reason}`;
}

export function parseDeliveryMoveSummary(summary: string): DeliveryMove | null {
  const match = PATTERN.exec(summary);
  if (!match) return null;
  const [, number, from, to, reason] = match;
  return { number, from: from === NO_DATE ? null : from, to, reason };
}

type Words = {
  moved: (values: { number: string; from: string; to: string; reason: string }) => string;
  noDate: () => string;
  /** A calendar day, e.g. "1. desember 2026"; it is read at noon UTC so no zone moves it. */
  day: (at: Date) => string;
};

/** The timeline line in the reader's words, or the stored summary when it is not a date move. */
export function localizedOrderUpdate(summary: string, words: Words): string {
  const move = parseDeliveryMoveSummary(summary);
  if (!move) return summary;
  const day = (iso: string | null) => (iso ? words.day(new Date(`${iso}T12:00:00Z`)) : words.noDate());
  return words.moved({ number: move.number, from: day(move.from), to: day(move.to), reason: move.reason });
}
