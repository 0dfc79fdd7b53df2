import { getFormatter, getTranslations } from "next-intl/server";
import type { TimelineStep } from "@/lib/order-milestones";
import { cn } from "@/lib/cn";
import { CheckCircleIcon } from "@/components/ui/icons";

/** The order's steps, top to bottom: done ones with their date, the current one marked "Now", then what comes. */
export async function MilestoneTimeline({ steps }: { steps: TimelineStep[] }) {
  const [t, tm, format] = await Promise.all([
    getTranslations("orderStatus"),
    getTranslations("orders.milestones"),
    getFormatter(),
  ]);
  return (
    <ol className="flex flex-col" data-testid="milestone-timeline">
      {steps.map((step, i) => {
        const last = i === steps.length - 1;
        const cancelled = step.milestone === "CANCELLED";
        return (
          <li
            key={step.milestone}
            className="relative flex gap-3 pb-5 last:pb-0"
            aria-current={step.state === "current" ? "step" : undefined}
          >
            {!last ? (
              <span
                aria-hidden
                className={cn(
                  "absolute top-6 bottom-0 left-[11px] w-0.5",
                  step.state === "done" ? "bg-success-solid" : "bg-line",
                )}
              />
            ) : null}
            <span
              aria-hidden
              className="relative z-10 flex size-6 shrink-0 items-center justify-center rounded-full bg-surface"
            >
              {step.state === "done" ? (
                <CheckCircleIcon className="size-6 text-success-fg" />
              ) : step.state === "current" ? (
                <span
                  className={cn(
                    "size-4 rounded-full ring-4",
                    cancelled ? "bg-danger-solid ring-danger-bg" : "bg-accent-600 ring-accent-100",
                  )}
                />
              ) : (
                <span className="size-3.5 rounded-full border-2 border-line-control bg-surface" />
              )}
            </span>
            <div className="min-w-0 pt-0.5">
              <p className={cn("text-sm", step.state === "upcoming" ? "text-ink-muted" : "font-medium text-ink")}>
                {tm(step.milestone)}
                {step.state === "current" ? " " : null}
                {step.state === "current" ? (
                  <span
                    className={cn(
                      "ml-2 rounded-sm px-1.5 py-0.5 text-xs font-semibold",
                      cancelled ? "bg-danger-bg text-danger-fg" : "bg-accent-50 text-accent-700",
                    )}
                  >
                    {t("now")}
                  </span>
                ) : null}
              </p>
              <p className="text-xs text-ink-muted">
                <span className="sr-only">
                  {t(step.state === "done" ? "stepDone" : step.state === "current" ? "stepCurrent" : "stepUpcoming")}
                </span>
                {step.at && step.state !== "upcoming" ? (
                  <time dateTime={step.at.toISOString()} className="tabular-nums">
                    {format.dateTime(step.at, { day: "numeric", month: "long", year: "numeric" })}
                  </time>
                ) : null}
              </p>
            </div>
          </li>
        );
      })}
    </ol>
  );
}
