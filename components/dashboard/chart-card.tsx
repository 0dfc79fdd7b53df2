import type { ReactNode } from "react";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { Skeleton } from "@/components/ui/skeleton";
import { cn } from "@/lib/cn";

/** One chart: title, its one-line definition, optional controls, then the content. */
export function ChartCard({
  id,
  title,
  definition,
  actions,
  className,
  children,
}: {
  id: string;
  title: string;
  definition: ReactNode;
  actions?: ReactNode;
  className?: string;
  children: ReactNode;
}) {
  return (
    <Card aria-labelledby={`${id}-title`} className={cn("min-w-0", className)} data-testid={`chart-${id}`}>
      <CardHeader className="items-start">
        <div className="min-w-0">
          <CardTitle id={`${id}-title`}>{title}</CardTitle>
          <p className="mt-0.5 text-sm text-ink-muted">{definition}</p>
        </div>
        {actions}
      </CardHeader>
      <CardContent className="@container flex flex-col gap-5">{children}</CardContent>
    </Card>
  );
}

/**
 * Shaped like a card's figures and chart while its numbers load; the card's title and definition
 * are drawn around it at once (the page knows them without the data).
 */
export function ChartContentSkeleton({ label, rows = 5 }: { label: string; rows?: number }) {
  return (
    <div aria-busy="true" className="flex flex-col gap-3">
      <span className="sr-only" role="status">
        {label}
      </span>
      <div className="flex gap-6">
        <Skeleton className="h-10 w-24" />
        <Skeleton className="h-10 w-24" />
        <Skeleton className="h-10 w-24" />
      </div>
      {Array.from({ length: rows }, (_, i) => (
        <Skeleton key={i} className="h-7" style={{ width: `${90 - i * 14}%` }} />
      ))}
    </div>
  );
}

/** A headline figure inside a card. */
export function Metric({
  label,
  value,
  hint,
  tone = "neutral",
  testId,
  previous,
}: {
  label: string;
  value: ReactNode;
  hint?: ReactNode;
  tone?: "neutral" | "alert";
  testId?: string;
  /** The figure against the previous period of equal length (period-delta.ts). */
  previous?: ReactNode;
}) {
  return (
    <div className="min-w-0">
      <dt className="text-xs text-ink-muted">{label}</dt>
      <dd
        className={cn(
          "mt-0.5 text-2xl font-semibold tracking-tight tabular-nums",
          tone === "alert" && "text-breached-fg",
        )}
        data-testid={testId}
      >
        {value}
      </dd>
      {hint ? <dd className="mt-0.5 text-xs text-ink-subtle">{hint}</dd> : null}
      {previous ? (
        <dd
          className="mt-0.5 text-xs text-ink-muted tabular-nums"
          data-testid={testId ? `${testId}-previous` : "metric-previous"}
        >
          {previous}
        </dd>
      ) : null}
    </div>
  );
}

export function Metrics({ children }: { children: ReactNode }) {
  return <dl className="grid grid-cols-2 gap-x-6 gap-y-4 @2xl:grid-cols-4">{children}</dl>;
}
