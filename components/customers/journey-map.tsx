import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { cn } from "@/lib/cn";
import type { JourneyMap as JourneyMapData } from "@/server/customers/record-queries";

type Stage = JourneyMapData["stages"][number]["stage"];

/**
 * The journey as a strip: need → research → purchase → delivery → use → loyalty, the customer's
 * furthest stage marked in words (not colour alone), touchpoints counted per stage. Below it the
 * three purchase phases, each a link that filters the timeline.
 */
export async function JourneyMap({
  map,
  current,
  basePath,
}: {
  map: JourneyMapData;
  current: Stage;
  basePath: string;
}) {
  const [t, tj] = await Promise.all([getTranslations("customer.journeyMap"), getTranslations("journey")]);
  const currentIndex = map.stages.findIndex((s) => s.stage === current);
  return (
    <section
      aria-labelledby="journey-map-title"
      className="flex flex-col gap-3 rounded-lg border border-line bg-surface p-4"
      data-testid="journey-map"
    >
      <h2 id="journey-map-title" className="text-base font-semibold">
        {t("title")}
      </h2>
      <ol className="grid grid-cols-2 gap-2 sm:grid-cols-3 lg:grid-cols-6">
        {map.stages.map(({ stage, count }, i) => {
          const isCurrent = i === currentIndex;
          const reached = i <= currentIndex;
          return (
            <li
              key={stage}
              aria-current={isCurrent ? "step" : undefined}
              data-stage={stage}
              data-count={count}
              className={cn(
                "flex min-w-0 flex-col gap-0.5 rounded-md border px-3 py-2",
                isCurrent
                  ? "border-accent-600 bg-accent-50 ring-1 ring-accent-600"
                  : reached
                    ? "border-accent-200 bg-surface"
                    : "border-dashed border-line-strong bg-gray-50",
              )}
            >
              <span className="flex items-center gap-1.5 text-sm font-medium text-ink">
                <span
                  aria-hidden
                  className={cn(
                    "size-2 shrink-0 rounded-full",
                    reached ? "bg-accent-600" : "border border-line-strong bg-surface",
                  )}
                />
                {t(`stages.${stage}`)}
              </span>
              <span className="text-xs text-ink-muted tabular-nums">{t("touchpoints", { count })}</span>
              {isCurrent ? <span className="text-xs font-semibold text-accent-700">{t("current")}</span> : null}
            </li>
          );
        })}
      </ol>
      <p className="flex flex-wrap items-center gap-x-4 gap-y-1 text-xs text-ink-muted">
        <span>{t("phasesLabel")}:</span>
        {map.phases.map(({ phase, count }) => (
          <Link
            key={phase}
            href={`${basePath}?phase=${phase}#journey`}
            scroll={false}
            className="text-accent-700 tabular-nums hover:underline"
            data-phase={phase}
          >
            {tj(`phases.${phase}`)} · {count}
          </Link>
        ))}
      </p>
    </section>
  );
}
