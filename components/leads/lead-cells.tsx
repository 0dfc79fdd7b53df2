"use client";

import { useFormatter, useLocale, useTimeZone, useTranslations } from "next-intl";
import { Badge } from "@/components/ui/badge";
import { rowIcon } from "@/components/ui/row-icon";
import { formatWaiting, type DurationLocale } from "@/lib/format-duration";
import { slaState } from "@/lib/sla-state";
import { cn } from "@/lib/cn";
import type { LeadListRow } from "@/server/leads/list-queries";
import { useLeadClock } from "./lead-clock";
import { CLOCK } from "@/lib/date-time-format";

// The cells that depend on the time of day. They read the shared list clock, so they tick
// together and render the same on the server and in the first client render.

const date = (iso: string | null) => (iso ? new Date(iso) : null);
const minutesBetween = (from: Date, to: Date) => Math.floor((to.getTime() - from.getTime()) / 60_000);

export function SlaBadge({ row }: { row: LeadListRow }) {
  const t = useTranslations("leadList.sla");
  const locale = useLocale() as DurationLocale;
  const now = useLeadClock();
  const state = slaState(
    {
      waitingSince: date(row.waitingSince),
      slaDueAt: date(row.slaDueAt),
      firstResponseAt: date(row.firstResponseAt),
      firstResponseMinutes: row.firstResponseMinutes,
    },
    now,
  );
  switch (state.kind) {
    case "breached":
      return (
        <Badge tone="breached" className={rowIcon("alert")}>
          {/* How far past the promise, which is what the list sorts by; the Waiting column has the wait. */}
          {t("overdue", { duration: formatWaiting(state.overdueMinutes, locale) })}
        </Badge>
      );
    case "due":
      return (
        <Badge tone="due" className={rowIcon("clock")}>
          {t("due", { duration: formatWaiting(state.minutesLeft, locale) })}
        </Badge>
      );
    case "answered":
      return (
        <Badge tone="answered" className={rowIcon("check")}>
          {t("answered")}
        </Badge>
      );
    default:
      return <span className="text-xs text-ink-subtle">{t("none")}</span>;
  }
}

export function WaitingTime({ since }: { since: string | null }) {
  const t = useTranslations("leadList");
  const locale = useLocale() as DurationLocale;
  const now = useLeadClock();
  const start = date(since);
  if (!start) {
    return (
      <span className="text-ink-subtle">
        <span aria-hidden="true">{t("notWaiting")}</span>
        <span className="sr-only">{t("sla.none")}</span>
      </span>
    );
  }
  return (
    // In a figures cell (.cell-num), which sets the tabular numbers.
    <time dateTime={since!}>{formatWaiting(minutesBetween(start, now), locale)}</time>
  );
}

/** A calendar day's key ("2026-12-07") per time zone: made once, not in every row on every render. */
const dayKeys = new Map<string, Intl.DateTimeFormat>();

/** The calendar day of `d` minus today's, in the user's time zone: 0 today, 1 tomorrow. */
function dayOffset(d: Date, now: Date, timeZone: string) {
  let key = dayKeys.get(timeZone);
  if (!key) {
    key = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" });
    dayKeys.set(timeZone, key);
  }
  return Math.round((Date.parse(key.format(d)) - Date.parse(key.format(now))) / 86_400_000);
}

/** "today 14:00", "tomorrow 09:30", "Thu 27 Nov", or "overdue 2 d" once it has passed. */
export function FollowUpWhen({ at }: { at: string | null }) {
  const t = useTranslations("leadList");
  const format = useFormatter();
  const locale = useLocale() as DurationLocale;
  const timeZone = useTimeZone() ?? "Europe/Oslo";
  const now = useLeadClock();
  const when = date(at);
  if (!when) return <span className="text-ink-subtle">{t("noFollowUp")}</span>;
  const overdue = when.getTime() < now.getTime();
  const offset = dayOffset(when, now, timeZone);
  const time = format.dateTime(when, CLOCK);
  const text = overdue
    ? t("followUp.overdue", { duration: formatWaiting(minutesBetween(when, now), locale) })
    : offset === 0
      ? t("followUp.today", { time })
      : offset === 1
        ? t("followUp.tomorrow", { time })
        : format.dateTime(when, { weekday: "short", day: "numeric", month: "short" });
  return (
    <time dateTime={at!} className={cn("tabular-nums", overdue && "font-medium text-breached-fg")}>
      {text}
    </time>
  );
}

export function ReadinessBadge({ readiness }: { readiness: LeadListRow["readiness"] }) {
  const t = useTranslations("leadList.readiness");
  const tone = readiness === "HOT" ? "hot" : readiness === "WARM" ? "warm" : "slow";
  return <Badge tone={tone}>{t(readiness)}</Badge>;
}
