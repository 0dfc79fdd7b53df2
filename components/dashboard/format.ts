import type { getFormatter } from "next-intl/server";
import { formatWaiting, type DurationLocale } from "@/lib/format-duration";

// Numbers as the dashboard shows them, in the reader's locale. Built on the
// server from next-intl's formatter; charts get the finished strings.

type Formatter = Awaited<ReturnType<typeof getFormatter>>;
export type Money = { currency: string; minor: number };
export const DASH = "–";

export function dashboardFormat(format: Formatter, locale: DurationLocale) {
  const money = (m: Money, compact = false) =>
    format.number(m.minor / 100, {
      style: "currency",
      currency: m.currency,
      notation: compact ? "compact" : "standard",
      maximumFractionDigits: compact ? 1 : 0,
    });
  return {
    count: (n: number) => format.number(n),
    /** Shares: whole percent, one decimal below 10 % so small rates do not all read "0 %". */
    pct: (r: number | null) =>
      r === null ? DASH : format.number(r, { style: "percent", maximumFractionDigits: r > 0 && r < 0.1 ? 1 : 0 }),
    money,
    /** Several currencies are listed side by side, never added up. */
    moneyList: (list: Money[], compact = false) =>
      list.length ? list.map((m) => money(m, compact)).join(" + ") : money({ currency: "NOK", minor: 0 }, compact),
    duration: (minutes: number | null) => (minutes === null ? DASH : formatWaiting(Math.round(minutes), locale)),
    days: (days: number | null) =>
      days === null ? DASH : format.number(days, { maximumFractionDigits: days < 10 ? 1 : 0 }),
    date: (at: Date) => format.dateTime(at, { day: "numeric", month: "short", year: "numeric" }),
    shortDate: (isoDate: string) =>
      format.dateTime(new Date(`${isoDate}T12:00:00Z`), { day: "numeric", month: "short" }),
    month: (yearMonth: string) =>
      format.dateTime(new Date(`${yearMonth}-15T12:00:00Z`), { month: "short", year: "numeric" }),
  };
}

export type DashboardFormat = ReturnType<typeof dashboardFormat>;
