// Durations as people say them at a glance: "45 min", "3 h 12 min", "2 d 4 h".
// Two units at most, rounded down, never seconds: a seller needs to know that a
// customer has waited "2 d 4 h", not the minutes on top. Unit abbreviations are
// the ones used in running text: Norwegian and Danish write t (time/timer) for hours.
// Plain digits without thousands separators keep columns easy to scan; 1440 days
// would be "1440 d", which nobody should ever see.

export type DurationLocale = "en" | "nb" | "da";

const UNITS: Record<DurationLocale, { day: string; hour: string; minute: string }> = {
  en: { day: "d", hour: "h", minute: "min" },
  nb: { day: "d", hour: "t", minute: "min" },
  da: { day: "d", hour: "t", minute: "min" },
};

/**
 * `minutes` of waiting as short text. Fractions are dropped; negative or
 * non-finite input reads as "0 min" rather than breaking a table row.
 */
export function formatWaiting(minutes: number, locale: DurationLocale): string {
  const u = UNITS[locale];
  const total = Number.isFinite(minutes) && minutes > 0 ? Math.floor(minutes) : 0;
  const days = Math.floor(total / 1440);
  const hours = Math.floor((total % 1440) / 60);
  const mins = total % 60;
  if (days > 0) return hours > 0 ? `${days} ${u.day} ${hours} ${u.hour}` : `${days} ${u.day}`;
  if (hours > 0) return mins > 0 ? `${hours} ${u.hour} ${mins} ${u.minute}` : `${hours} ${u.hour}`;
  return `${mins} ${u.minute}`;
}

/**
 * Business minutes (the response clock's, lib/sla.ts) as hours and minutes, never days: "1 d 4 h"
 * reads as a calendar day and four hours, while 28 open hours are about three working days.
 */
export function formatOpenTime(minutes: number, locale: DurationLocale): string {
  const u = UNITS[locale];
  const total = Number.isFinite(minutes) && minutes > 0 ? Math.floor(minutes) : 0;
  const hours = Math.floor(total / 60);
  const mins = total % 60;
  if (hours > 0) return mins > 0 ? `${hours} ${u.hour} ${mins} ${u.minute}` : `${hours} ${u.hour}`;
  return `${mins} ${u.minute}`;
}
