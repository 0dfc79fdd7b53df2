"use client";

import { lazy } from "react";
import { ColumnsPlaceholder } from "./chart-placeholder";
import { LazyPlot } from "./lazy-plot";
import type { ColumnRow } from "./column-plot";

// Vertical bars over time (weeks, months) with the value on top of each bar.
// With many bars the labels would collide; the axis and the table carry them.

const ColumnPlot = lazy(() => import("./column-plot").then((m) => ({ default: m.ColumnPlot })));

export function ColumnChart({
  rows,
  color,
  unit,
  height = 220,
  fullScale = false,
}: {
  rows: ColumnRow[];
  color: string;
  unit: "percent" | "count";
  height?: number;
  /** Percentages on a 0–100 % axis (shares that should read against the whole), else scaled to the data. */
  fullScale?: boolean;
}) {
  const values = rows.map((r) => r.value);
  const max = fullScale ? 1 : Math.max(0, ...values.map((v) => v ?? 0));
  return (
    <LazyPlot height={height} placeholder={<ColumnsPlaceholder values={values} max={max} />}>
      <ColumnPlot rows={rows} color={color} unit={unit} height={height} fullScale={fullScale} />
    </LazyPlot>
  );
}
