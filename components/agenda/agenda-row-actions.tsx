"use client";
import { useId, useState } from "react";
import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { PhoneIcon, CalendarIcon } from "@/components/ui/icons";
import { LogCallForm } from "./log-call-form";
import { RescheduleForm } from "./reschedule-form";
import type { AgendaRowActionsProps } from "./agenda-row-types";

export type { RescheduleChoiceOption } from "./agenda-row-types";

/** A row's quick actions: one panel open at a time, each a small form that keeps what was typed. */
export function AgendaRowActions(props: AgendaRowActionsProps) {
  const t = useTranslations("agenda");
  const [open, setOpen] = useState<"call" | "move" | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const id = useId();
  const toggle = (panel: "call" | "move") => {
    setDone(null);
    setOpen((current) => (current === panel ? null : panel));
  };
  const finished = (message: string) => {
    setOpen(null);
    setDone(message);
  };
  return (
    <div className="flex flex-col gap-2">
      <div className="flex flex-wrap items-center gap-2">
        <Button
          size="sm"
          variant={open === "call" ? "primary" : "secondary"}
          aria-expanded={open === "call"}
          aria-controls={`${id}-call`}
          onClick={() => toggle("call")}
        >
          <PhoneIcon className="size-4" />
          {t("logCall.open")}
        </Button>
        <Button
          size="sm"
          variant={open === "move" ? "primary" : "secondary"}
          aria-expanded={open === "move"}
          aria-controls={`${id}-move`}
          onClick={() => toggle("move")}
        >
          <CalendarIcon className="size-4" />
          {t("reschedule.open")}
        </Button>
        <p role="status" className="text-sm text-success-fg">
          {done}
        </p>
      </div>
      {open === "call" ? (
        <div id={`${id}-call`}>
          <LogCallForm {...props} onDone={finished} onCancel={() => setOpen(null)} />
        </div>
      ) : null}
      {open === "move" ? (
        <div id={`${id}-move`}>
          <RescheduleForm {...props} onDone={finished} onCancel={() => setOpen(null)} />
        </div>
      ) : null}
    </div>
  );
}
