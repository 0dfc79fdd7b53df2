import { getLocale, getTranslations } from "next-intl/server";
import { formatOpenTime, formatWaiting, type DurationLocale } from "@/lib/format-duration";
import { slaState, type SlaClock } from "@/lib/sla-state";
import { Badge } from "@/components/ui/badge";
import { AlertTriangleIcon, CheckCircleIcon, ClockIcon } from "@/components/ui/icons";

/**
 * The response clock as a badge with words: colour never carries the state alone.
 * Waiting is wall-clock time (what the customer feels); "answered after" is the business
 * minutes the SLA is measured in, said as hours of opening time so nobody reads it as calendar days.
 */
export async function LeadSlaBadge({ lead, now, className }: { lead: SlaClock; now: Date; className?: string }) {
  const [t, locale] = await Promise.all([getTranslations("lead.sla"), getLocale()]);
  const d = (minutes: number) => formatWaiting(minutes, locale as DurationLocale);
  const state = slaState(lead, now);
  switch (state.kind) {
    case "breached":
      return (
        <Badge
          tone="breached"
          icon={<AlertTriangleIcon />}
          data-testid="sla-badge"
          data-state="breached"
          className={className}
        >
          {t("breached", { waiting: d(state.waitingMinutes), overdue: d(state.overdueMinutes) })}
        </Badge>
      );
    case "due":
      return (
        <Badge tone="due" icon={<ClockIcon />} data-testid="sla-badge" data-state="due" className={className}>
          {t("due", { left: d(state.minutesLeft) })}
        </Badge>
      );
    case "answered":
      return (
        <Badge
          tone="answered"
          icon={<CheckCircleIcon />}
          data-testid="sla-badge"
          data-state="answered"
          className={className}
        >
          {state.responseMinutes === null
            ? t("answeredUnknown")
            : state.responseMinutes === 0
              ? t("answeredBeforeOpening") // the clock counts business hours only; it had not started yet
              : t("answered", { duration: formatOpenTime(state.responseMinutes, locale as DurationLocale) })}
        </Badge>
      );
    default:
      return (
        <Badge tone="neutral" data-testid="sla-badge" data-state="none" className={className}>
          {t("none")}
        </Badge>
      );
  }
}
