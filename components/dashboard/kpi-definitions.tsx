import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { KPIS, KPI_IDS, type KpiChart } from "@/lib/kpi/definitions";
import { InfoIcon } from "@/components/ui/icons";

/** The cards in the dashboard's order, with the message key of each one's title. */
export const KPI_CHARTS: { chart: KpiChart; title: string }[] = [
  { chart: "funnel", title: "funnel.title" },
  { chart: "sources", title: "sources.title" },
  { chart: "speed", title: "speed.title" },
  { chart: "pipeline", title: "pipeline.title" },
  { chart: "afterPurchase", title: "after.title" },
];

/**
 * A card's way to its KPIs' definitions, on their own page (/dashboard/definitions). Drawn on every
 * card they were a fifth of the dashboard's weight, sent as HTML and again as the React tree behind
 * it, for text a manager reads now and then; on one page they can also be linked to and printed.
 */
export async function KpiDefinitionsLink({ chart }: { chart: KpiChart }) {
  const t = await getTranslations("dashboard.definitions");
  return (
    <p className="border-t border-line pt-3 text-xs">
      <Link
        href={`/dashboard/definitions#${chart}`}
        className="inline-flex items-center gap-1 rounded-sm font-medium text-ink-muted hover:text-ink hover:underline"
      >
        <InfoIcon className="size-3.5" />
        {t("show")}
      </Link>
    </p>
  );
}

/** The card's KPIs as lib/kpi/definitions.ts defines them (translated in dashboard.json "kpi"). */
export async function KpiDefinitions({ chart }: { chart: KpiChart }) {
  const [t, tk] = await Promise.all([getTranslations("dashboard.definitions"), getTranslations("dashboard.kpi")]);
  const ids = KPI_IDS.filter((id) => KPIS[id].chart === chart);
  const part = (label: string, text: string) => (
    <p>
      <span className="font-medium text-ink">{label}: </span>
      {text}
    </p>
  );
  return (
    <dl className="flex flex-col gap-4 text-sm text-ink-muted">
      {ids.map((id) => (
        <div key={id}>
          <dt className="font-semibold text-ink">{tk(`${id}.name`)}</dt>
          <dd className="mt-1 flex flex-col gap-1">
            {part(t("numerator"), tk(`${id}.numerator`))}
            {KPIS[id].denominator ? part(t("denominator"), tk(`${id}.denominator`)) : null}
            {part(t("window"), tk(`${id}.window`))}
            {"formula" in KPIS[id] ? part(t("formula"), tk(`${id}.formula`)) : null}
          </dd>
        </div>
      ))}
    </dl>
  );
}
