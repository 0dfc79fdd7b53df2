"use client";
import { useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import { Switch } from "radix-ui";
import { toggleRuleAction } from "@/server/automations/actions";

/** On/off for one rule; saves at once and says so, or puts the switch back and says why. */
export function AutomationToggle({ id, name, enabled: initial }: { id: string; name: string; enabled: boolean }) {
  const t = useTranslations("settings.automations");
  const tErrors = useTranslations("settings.errors");
  const [enabled, setEnabled] = useState(initial);
  const [status, setStatus] = useState<{ tone: "ok" | "error"; text: string } | null>(null);
  const [pending, startTransition] = useTransition();

  function change(next: boolean) {
    setEnabled(next);
    setStatus(null);
    startTransition(async () => {
      const result = await toggleRuleAction({ id, enabled: next }).catch(() => null);
      if (result?.ok) setStatus({ tone: "ok", text: next ? t("savedOn") : t("savedOff") });
      else {
        setEnabled(!next);
        setStatus({ tone: "error", text: result?.message ?? tErrors("generic") });
      }
    });
  }

  return (
    <div className="flex flex-col items-end gap-1">
      <div className="flex items-center gap-2">
        {/* The state in words too, not only the switch's colour and position. */}
        <span aria-hidden="true" className="text-sm text-ink-muted">
          {enabled ? t("on") : t("off")}
        </span>
        <Switch.Root
          checked={enabled}
          onCheckedChange={change}
          disabled={pending}
          aria-label={t("switchLabel", { name })}
          className="relative inline-flex h-6 w-11 shrink-0 cursor-pointer items-center rounded-full border border-transparent bg-gray-300 transition-colors data-[state=checked]:bg-accent-600 disabled:cursor-wait disabled:opacity-70"
        >
          <Switch.Thumb className="block size-5 translate-x-0.5 rounded-full bg-white shadow-sm transition-transform data-[state=checked]:translate-x-[1.3rem]" />
        </Switch.Root>
      </div>
      <p
        role="status"
        aria-live="polite"
        className={status?.tone === "error" ? "text-sm text-danger-fg" : "text-sm text-success-fg"}
      >
        {status?.text}
      </p>
    </div>
  );
}
