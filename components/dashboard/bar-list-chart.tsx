"use client";

import { lazy } from "react";
import { barListLayout } from "./bar-list-layout";
import { BarsPlaceholder } from "./chart-placeholder";
import { ChartLegend, type ChartSeries } from "./chart-legend";
import { LazyPlot } from "./lazy-plot";
import type { BarRow } from "./bar-list-plot";

// Horizontal bars, one row per category, a value label beside each bar. The
// chart is a picture of the table next to it: hidden from screen readers, and
// its click-through is also a real link in that table.

const BarListPlot = lazy(() => import("./bar-list-plot").then((m) => ({ default: m.BarListPlot })));

export function BarListChart({
  rows,
  series,
  domainMax,
}: {
  rows: BarRow[];
  series: ChartSeries[];
  domainMax?: number;
}) {
  const layout = barListLayout(
    rows.map((r) => r.name),
    series.length,
  );
  const { bar, height, nameWidth } = layout;
  const largest = (r: BarRow) => Math.max(0, ...series.map((s) => r.values[s.key] ?? 0));
  const placeholder = (
    <BarsPlaceholder
      bar={bar * series.length}
      nameWidth={nameWidth}
      rows={rows.map((r) => ({ id: r.id, value: largest(r) }))}
      max={domainMax ?? Math.max(0, ...rows.map(largest))}
    />
  );
  return (
    <div>
      {series.length > 1 ? <ChartLegend series={series} /> : null}
      <LazyPlot height={height} placeholder={placeholder}>
        <BarListPlot rows={rows} series={series} domainMax={domainMax} layout={layout} />
      </LazyPlot>
    </div>
  );
}
