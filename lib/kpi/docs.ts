import { FUNNEL_STAGES } from "@/lib/lead-stages";
import { KPI_DEFAULTS, KPIS, KPI_IDS, type KpiChart } from "./definitions";

// docs/kpis.md's "KPI definitions" section, written from definitions.ts so the
// two cannot drift (lib/kpi/docs.test.ts compares them).

export const DOCS_START =
  "<!-- kpi-definitions:start (generated from lib/kpi/definitions.ts; UPDATE_KPI_DOCS=1 npx vitest run lib/kpi/docs.test.ts) -->";
export const DOCS_END = "<!-- kpi-definitions:end -->";

const CHART_TITLES: Record<KpiChart, string> = {
  funnel: "Journey funnel",
  sources: "Conversion by source",
  speed: "Speed to lead",
  pipeline: "Pipeline",
  afterPurchase: "After the purchase",
};

export function renderKpiDefinitions(): string {
  const lines = [
    DOCS_START,
    "## KPI definitions",
    "",
    `Defaults: conversion window ${KPI_DEFAULTS.conversionWindowDays} days, stale after ${KPI_DEFAULTS.staleAfterDays} days, ` +
      `attribution look-back ${KPI_DEFAULTS.attributionLookbackDays} days. Funnel stages: ${FUNNEL_STAGES.join(" → ")}.`,
  ];
  for (const chart of Object.keys(CHART_TITLES) as KpiChart[]) {
    lines.push(
      "",
      `### ${CHART_TITLES[chart]}`,
      "",
      "| KPI | Numerator | Denominator | Window |",
      "| --- | --- | --- | --- |",
    );
    for (const id of KPI_IDS.filter((k) => KPIS[k].chart === chart)) {
      const k = KPIS[id];
      const formula = "formula" in k ? `<br>Formula: ${k.formula}` : "";
      lines.push(`| **${k.name}** (\`${id}\`) | ${k.numerator}${formula} | ${k.denominator ?? "—"} | ${k.window} |`);
    }
  }
  lines.push(DOCS_END);
  return lines.join("\n");
}
