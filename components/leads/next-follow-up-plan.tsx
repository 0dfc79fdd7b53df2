"use client";

import { useFormatter, useTranslations } from "next-intl";
import { CLOCK } from "@/lib/date-time-format";

// What saving the follow-up form will do with the next follow-up, said while the rep edits the
// field: an empty field is a decision (no next step), and a planned one is never dropped unseen.

const LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})/;

/** A datetime-local value is wall-clock time in the rep's zone: read as UTC, formatted as UTC. */
function wallClock(value: string): Date | null {
  const m = LOCAL.exec(value);
  if (!m) return null;
  const [year, month, day, hour, minute] = m.slice(1).map(Number);
  return new Date(Date.UTC(year, month - 1, day, hour, minute));
}

export function NextFollowUpPlan({ value, planned }: { value: string; planned: string | null }) {
  const t = useTranslations("followUp.plan");
  const format = useFormatter();
  const when = (local: string) => {
    const at = wallClock(local);
    return at
      ? format.dateTime(at, { weekday: "short", day: "numeric", month: "short", ...CLOCK, timeZone: "UTC" })
      : "";
  };
  const text = !value
    ? planned
      ? t("removed", { when: when(planned) })
      : t("none")
    : value === planned
      ? t("stays", { when: when(value) })
      : planned
        ? t("moves", { when: when(value) })
        : t("planned", { when: when(value) });
  return (
    <span aria-live="polite" data-testid="next-follow-up-plan">
      {text}
    </span>
  );
}
