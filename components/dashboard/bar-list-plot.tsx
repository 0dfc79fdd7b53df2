"use client";

import { useRouter } from "next/navigation";
import { Bar, BarChart, LabelList, XAxis, YAxis } from "recharts";
import { NAME_CHARS, ROW_GAP, type BarListLayout } from "./bar-list-layout";
import type { ChartSeries } from "./chart-legend";
import { SideLabel } from "./chart-labels";

export type BarRow = {
  id: string;
  name: string;
  /** Lead list (or other) link for the whole row; bars are clickable when set. */
  href?: string;
  values: Record<string, number>;
  labels: Record<string, string>;
};

/** The recharts half of BarListChart; loaded on its own so recharts is not in the page's first JavaScript. */
export function BarListPlot({
  rows,
  series,
  domainMax,
  layout: { bar, height, nameWidth },
}: {
  rows: BarRow[];
  series: ChartSeries[];
  domainMax?: number;
  layout: BarListLayout;
}) {
  const router = useRouter();
  const data = rows.map((r) => ({
    name: r.name,
    href: r.href,
    ...Object.fromEntries(
      series.flatMap((s) => [
        [`v_${s.key}`, r.values[s.key] ?? 0],
        [`l_${s.key}`, r.labels[s.key] ?? ""],
      ]),
    ),
  }));
  const longestLabel = Math.max(0, ...rows.flatMap((r) => Object.values(r.labels).map((l) => l.length)));
  return (
    <BarChart
      layout="vertical"
      data={data}
      responsive
      width="100%"
      height={height}
      accessibilityLayer={false}
      margin={{ top: 4, right: Math.min(170, 12 + longestLabel * 7), bottom: 4, left: 0 }}
      barGap={2}
      barCategoryGap={ROW_GAP / 2}
    >
      <XAxis type="number" hide domain={[0, domainMax ?? "dataMax"]} />
      <YAxis
        type="category"
        dataKey="name"
        width={nameWidth}
        tickLine={false}
        axisLine={false}
        interval={0}
        tick={{ fontSize: 12, fill: "var(--color-ink-muted)" }}
        tickFormatter={(name: string) => (name.length > NAME_CHARS ? `${name.slice(0, NAME_CHARS - 1)}…` : name)}
      />
      {series.map((s) => (
        <Bar
          key={s.key}
          dataKey={`v_${s.key}`}
          name={s.name}
          barSize={bar - 3}
          isAnimationActive={false}
          fill={s.outlined ? "var(--color-surface)" : s.color}
          stroke={s.color}
          strokeWidth={s.outlined ? 2 : 0}
          radius={[0, 3, 3, 0]}
          minPointSize={2}
          cursor={rows.some((r) => r.href) ? "pointer" : undefined}
          onClick={(_, index) => {
            const href = rows[index]?.href;
            if (href) router.push(href);
          }}
        >
          <LabelList dataKey={`l_${s.key}`} content={SideLabel} />
        </Bar>
      ))}
    </BarChart>
  );
}
