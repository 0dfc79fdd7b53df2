// The icons a list row or a timeline entry repeats (the lead list's response clock, the customer
// list's consent tick, a touchpoint's channel and direction) as a class on the element they lead:
// app/globals.css draws the icon in front of its text. Fifty copies of the paths were 8 kB of the
// lead list's HTML, and fifty <svg><use> references to a sprite were still 4.7 kB; a class is ten
// bytes. Decorative, like every icon beside a text label.

export const ROW_ICON_NAMES = [
  "alert",
  "clock",
  "check",
  // The timeline's channels (lib/validation/journey-filters.ts, lower-cased) and directions.
  "web",
  "mobile",
  "chat",
  "phone",
  "email",
  "sms",
  "store",
  "event",
  "social",
  "review",
  "partner",
  "campaign",
  "inbound",
  "outbound",
] as const;

export type RowIconName = (typeof ROW_ICON_NAMES)[number];

/** The class that draws a row icon, in the element's text colour unless `--icon-color` is set. */
export const rowIcon = (name: RowIconName) => `icon-${name}`;
