"use client";
import { useId, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { CheckCircleIcon } from "@/components/ui/icons";
import { Input } from "@/components/ui/input";
import { Label } from "@/components/ui/label";

/** A read-only secret with a Copy button; selecting the text by hand always works as well. */
export function CopyField({ label, value }: { label: string; value: string }) {
  const t = useTranslations("settings.createKey");
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [state, setState] = useState<"idle" | "copied" | "failed">("idle");

  async function copy() {
    input.current?.select();
    try {
      await navigator.clipboard.writeText(value);
      setState("copied");
    } catch {
      setState("failed");
    }
  }

  return (
    <div className="flex flex-col gap-1.5">
      <Label htmlFor={id}>{label}</Label>
      <div className="flex gap-2">
        <Input
          ref={input}
          id={id}
          readOnly
          value={value}
          spellCheck={false}
          onFocus={(e) => e.currentTarget.select()}
          className="min-w-0 font-mono"
        />
        <Button variant="secondary" onClick={copy} aria-describedby={`${id}-status`}>
          {state === "copied" ? <CheckCircleIcon className="size-4 text-success-fg" /> : null}
          {state === "copied" ? t("copied") : t("copy")}
        </Button>
      </div>
      <p id={`${id}-status`} role="status" aria-live="polite" className="text-xs text-danger-fg">
        {state === "failed" ? t("copyFailed") : null}
      </p>
    </div>
  );
}
