"use client";
import { useTranslations } from "next-intl";
import { SavedSwitch } from "@/components/ui/saved-switch";
import { toggleRuleAction } from "@/server/automations/actions";

/** On/off for one rule; saves at once and says so, or puts the switch back and says why. */
export function AutomationToggle({ id, name, enabled }: { id: string; name: string; enabled: boolean }) {
  const t = useTranslations("settings.automations");
  const tErrors = useTranslations("settings.errors");
  return (
    <SavedSwitch
      enabled={enabled}
      save={(next) => toggleRuleAction({ id, enabled: next })}
      ariaLabel={t("switchLabel", { name })}
      words={{ on: t("on"), off: t("off"), savedOn: t("savedOn"), savedOff: t("savedOff"), failed: tErrors("generic") }}
    />
  );
}
