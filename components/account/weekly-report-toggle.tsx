"use client";
import { SavedSwitch, type SavedSwitchWords } from "@/components/ui/saved-switch";
import { setWeeklyReportAction } from "@/server/goals/actions";

/** A manager's weekly e-mail report on or off; saves at once, and says so in words. */
export function WeeklyReportToggle({
  enabled,
  labels: { label, description, ...words },
}: {
  enabled: boolean;
  labels: SavedSwitchWords & { label: string; description: string };
}) {
  return (
    <SavedSwitch
      enabled={enabled}
      save={(next) => setWeeklyReportAction({ enabled: next })}
      label={label}
      description={description}
      words={words}
    />
  );
}
