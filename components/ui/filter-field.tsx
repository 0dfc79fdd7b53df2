"use client";

import { useId, type ReactElement } from "react";
import { cn } from "@/lib/cn";

/** The small labelled field the lead and customer filter bars' controls share. */
export function Field({ label, className, children }: { label: string; className?: string; children: (id: string) => ReactElement }) {
  const id = useId();
  return (
    <div className={cn("flex flex-col gap-1", className)}>
      <label htmlFor={id} className="text-xs font-medium text-ink-muted">{label}</label>
      {children(id)}
    </div>
  );
}
