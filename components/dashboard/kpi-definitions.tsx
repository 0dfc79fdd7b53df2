import { getTranslations } from "next-intl/server";
import { KPIS, KPI_IDS, type KpiChart } from "@/lib/kpi/definitions";
import { InfoIcon } from "@/components/ui/icons";

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
    <details className="group border-t border-line pt-3 text-xs text-ink-muted">
      <summary className="inline-flex cursor-pointer items-center gap-1 rounded-sm font-medium hover:text-ink [&::-webkit-details-marker]:hidden">
        <InfoIcon className="size-3.5" />
        {t("show")}
      </summary>
      <dl className="mt-2 flex flex-col gap-3">
        {ids.map((id) => (
          <div key={id}>
            <dt className="font-semibold text-ink">{tk(`${id}.name`)}</dt>
            <dd className="mt-0.5 flex flex-col gap-0.5">
              {part(t("numerator"), tk(`${id}.numerator`))}
              {KPIS[id].denominator ? part(t("denominator"), tk(`${id}.denominator`)) : null}
              {part(t("window"), tk(`${id}.window`))}
              {"formula" in KPIS[id] ? part(t("formula"), tk(`${id}.formula`)) : null}
            </dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
