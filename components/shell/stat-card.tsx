import type { ReactNode } from "react";
import { cn } from "@/lib/cn";

/** One headline number with its label; `tone` marks a number that needs attention. */
export function StatCard({ label, value, hint, tone = "neutral" }: {
  label: string; value: ReactNode; hint?: ReactNode; tone?: "neutral" | "alert";
}) {
  return (
    <div className={cn("rounded-lg border bg-surface p-4", tone === "alert" ? "border-breached-border" : "border-line")}>
      <p className="text-sm text-ink-muted">{label}</p>
      <p className={cn("mt-1 text-3xl font-semibold tabular-nums tracking-tight", tone === "alert" && "text-breached-fg")}>{value}</p>
      {hint ? <p className="mt-1 text-xs text-ink-subtle">{hint}</p> : null}
    </div>
  );
}
