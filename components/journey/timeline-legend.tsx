import { getTranslations } from "next-intl/server";
import { JOURNEY_OWNERS, JOURNEY_PHASES } from "@/lib/validation/journey-filters";
import { Badge } from "@/components/ui/badge";
import { cn } from "@/lib/cn";
import { directionIcon } from "./timeline-icons";

/** Says what the tags mean: blue tags are the purchase phase, grey ones who owns the touchpoint. */
export async function TimelineLegend() {
  const t = await getTranslations("journey");
  return (
    <section
      aria-label={t("legend")}
      className="flex flex-col gap-1.5 rounded-md border border-line bg-gray-50 px-3 py-2 text-xs text-ink-muted sm:flex-row sm:flex-wrap sm:gap-x-5"
    >
      <p className="flex flex-wrap items-center gap-1.5">
        <span>{t("legendPhase")}:</span>
        {JOURNEY_PHASES.map((p) => (
          <Badge key={p} tone="accent">
            {t(`phases.${p}`)}
          </Badge>
        ))}
      </p>
      <p className="flex flex-wrap items-center gap-1.5">
        <span>{t("legendOwner")}:</span>
        {JOURNEY_OWNERS.map((o) => (
          <Badge key={o} tone="neutral">
            {t(`owners.${o}`)}
          </Badge>
        ))}
      </p>
      <p className="flex flex-wrap items-center gap-3">
        <span className={cn("timeline-direction", directionIcon("INBOUND"))}>{t("directions.INBOUND")}</span>
        <span className={cn("timeline-direction", directionIcon("OUTBOUND"))}>{t("directions.OUTBOUND")}</span>
      </p>
    </section>
  );
}
