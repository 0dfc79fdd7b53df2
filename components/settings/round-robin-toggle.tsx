"use client";
import { useTranslations } from "next-intl";
import { SavedSwitch } from "@/components/ui/saved-switch";
import { setRoundRobinAction } from "@/server/routing/actions";

/** On/off for automatic assignment of new leads; saves at once, and says so. */
export function RoundRobinToggle({ enabled }: { enabled: boolean }) {
  const t = useTranslations("settings.assignment");
  const tErrors = useTranslations("settings.errors");
  return (
    <SavedSwitch
      enabled={enabled}
      save={(next) => setRoundRobinAction({ enabled: next })}
      label={t("label")}
      description={t("description")}
      words={{ on: t("on"), off: t("off"), savedOn: t("savedOn"), savedOff: t("savedOff"), failed: tErrors("generic") }}
    />
  );
}
