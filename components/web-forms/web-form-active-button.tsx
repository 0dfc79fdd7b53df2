"use client";
import { useState, useTransition } from "react";
import { useTranslations } from "next-intl";
import { setWebFormActiveAction } from "@/server/web-forms/actions";
import { Button } from "@/components/ui/button";

/** Switch a form off (its address then says it is not available) or on again. */
export function WebFormActiveButton({ id, active }: { id: string; active: boolean }) {
  const t = useTranslations("webForms");
  const [pending, start] = useTransition();
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  function toggle() {
    start(async () => {
      const result = await setWebFormActiveAction({ id, active: !active }).catch(() => null);
      setMessage(
        result?.ok
          ? { ok: true, text: t(active ? "status.deactivated" : "status.activated") }
          : { ok: false, text: result?.message ?? t("errors.generic") },
      );
    });
  }
  return (
    <div className="flex flex-wrap items-center gap-3">
      <Button variant={active ? "secondary" : "primary"} pending={pending} onClick={toggle}>
        {t(active ? "status.deactivate" : "status.activate")}
      </Button>
      <p role="status" className={message?.ok === false ? "text-sm text-danger-fg" : "text-sm text-ink-muted"}>
        {message?.text}
      </p>
    </div>
  );
}
