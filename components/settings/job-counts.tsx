import { getFormatter, getTranslations } from "next-intl/server";
import type { JobCounts as Counts } from "@/server/jobs/failed-jobs";
import type { ListTotal } from "@/server/lists/list-page";
import { cn } from "@/lib/cn";

/** Waiting, running and recently failed jobs, as three figures; failures in the danger colour and with words. */
export async function JobCounts({ counts, keptDays }: { counts: Counts; keptDays: number }) {
  const [t, format] = await Promise.all([getTranslations("settings.jobs"), getFormatter()]);
  const figure = (total: ListTotal) => `${format.number(total.count)}${total.capped ? "+" : ""}`;
  const tiles = [
    { id: "pending", label: t("pending"), value: counts.pending },
    { id: "running", label: t("running"), value: counts.running },
    { id: "failed", label: t("failed", { days: keptDays }), value: counts.failed },
  ] as const;
  return (
    <dl aria-label={t("countsLabel")} className="grid grid-cols-3 gap-3">
      {tiles.map((tile) => (
        <div
          key={tile.id}
          data-testid={`jobs-${tile.id}`}
          className={cn(
            "flex flex-col-reverse justify-end gap-1 rounded-lg border px-3 py-2.5 shadow-xs sm:px-4",
            tile.id === "failed" && tile.value.count > 0
              ? "border-danger-border bg-danger-bg text-danger-fg"
              : "border-line bg-surface",
          )}
        >
          <dt className="text-xs leading-snug text-ink-muted">{tile.label}</dt>
          <dd className="text-2xl font-semibold tabular-nums">{figure(tile.value)}</dd>
        </div>
      ))}
    </dl>
  );
}
