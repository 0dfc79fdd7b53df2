"use client";

import { useEffect, useState } from "react";
import { useFormatter } from "next-intl";
import { Bar, BarChart, CartesianGrid, LabelList, XAxis, YAxis } from "recharts";
import { TopLabel } from "./chart-labels";

export type ColumnRow = { id: string; name: string; value: number | null; label: string };

/** How many bars still fit a label over each: fewer on a phone. */
function useLabelCapacity() {
  const [capacity, setCapacity] = useState(16);
  useEffect(() => {
    const wide = window.matchMedia("(min-width: 640px)");
    const update = () => setCapacity(wide.matches ? 16 : 8);
    update();
    wide.addEventListener("change", update);
    return () => wide.removeEventListener("change", update);
  }, []);
  return capacity;
}

/** The recharts half of ColumnChart; loaded on its own so recharts is not in the page's first JavaScript. */
export function ColumnPlot({
  rows,
  color,
  unit,
  height,
  fullScale,
}: {
  rows: ColumnRow[];
  color: string;
  unit: "percent" | "count";
  height: number;
  fullScale: boolean;
}) {
  const format = useFormatter();
  const labelled = rows.length <= useLabelCapacity();
  const data = rows.map((r) => ({ name: r.name, value: r.value, label: r.value === null ? "" : r.label }));
  return (
    <BarChart
      data={data}
      responsive
      width="100%"
      height={height}
      accessibilityLayer={false}
      margin={{ top: labelled ? 20 : 8, right: 4, bottom: 0, left: 0 }}
    >
      <CartesianGrid vertical={false} stroke="var(--color-line)" />
      <XAxis
        dataKey="name"
        tickLine={false}
        axisLine={{ stroke: "var(--color-line-strong)" }}
        tick={{ fontSize: 11, fill: "var(--color-ink-muted)" }}
        minTickGap={8}
      />
      <YAxis
        width={44}
        tickLine={false}
        axisLine={false}
        tick={{ fontSize: 11, fill: "var(--color-ink-muted)" }}
        domain={fullScale ? [0, 1] : [0, "auto"]}
        ticks={fullScale ? [0, 0.25, 0.5, 0.75, 1] : undefined}
        tickFormatter={(v: number) => format.number(v, unit === "percent" ? { style: "percent" } : {})}
      />
      <Bar
        dataKey="value"
        fill={color}
        radius={[3, 3, 0, 0]}
        maxBarSize={36}
        minPointSize={2}
        isAnimationActive={false}
      >
        {labelled ? <LabelList dataKey="label" content={TopLabel} /> : null}
      </Bar>
    </BarChart>
  );
}
