import Link from "next/link";
import { leadListHref } from "@/lib/kpi/lead-links";
import { getSpeedToLead, type SpeedRow } from "@/server/analytics/speed";
import { EmptyState } from "@/components/ui/empty-state";
import { ClockIcon } from "@/components/ui/icons";
import { BarListChart } from "./bar-list-chart";
import { BreakdownTabs } from "./breakdown-tabs";
import { Metric, Metrics } from "./chart-card";
import { ColumnChart } from "./column-chart";
import { previousLine } from "./period-delta";
import { previousOf, sectionContext, type SectionProps } from "./section-context";
import { TableAlternative } from "./table-alternative";

export async function SpeedSection({ session, filters, now }: SectionProps) {
  const { db, t, fmt } = await sectionContext();
  const { previous, days: periodDays } = previousOf(filters);
  const [s, before] = await Promise.all([
    getSpeedToLead(db, session, filters, now),
    getSpeedToLead(db, session, previous, now, { periodOnly: true }),
  ]);
  const vs = (current: number | null, was: number | null, opts: Parameters<typeof previousLine>[5] = {}) =>
    previousLine(t, fmt, periodDays, current, was, opts);

  const role = session.role === "MANAGER" ? "MANAGER" : "SALES";
  const breachHref = leadListHref(filters, role, { breach: true });

  const table = (rows: (SpeedRow & { name: string; href?: string })[], caption: string, testId: string) => (
    <TableAlternative
      summary={t("table.show")}
      caption={caption}
      columns={[caption, t("speed.median"), t("speed.p90"), t("speed.withinSla"), t("speed.col.answered")]}
      bodyTestId={testId}
      rows={rows.map((r) => ({
        key: r.key ?? r.name,
        cells: [
          { text: r.name, href: r.href },
          fmt.duration(r.medianMinutes),
          fmt.duration(r.p90Minutes),
          { text: fmt.pct(r.withinSlaShare), note: `(${fmt.count(r.withinSla)}/${fmt.count(r.measured)})` },
          fmt.count(r.answered),
        ],
      }))}
    />
  );

  const percentileView = (rows: (SpeedRow & { name: string; href?: string })[], caption: string, testId: string) => (
    <>
      <BarListChart
        series={[
          { key: "median", name: t("speed.median"), color: "var(--color-chart-1)" },
          { key: "p90", name: t("speed.p90"), color: "var(--color-chart-2)", outlined: true },
        ]}
        rows={rows.map((r) => ({
          id: r.key ?? "none",
          name: r.name,
          href: r.href,
          values: { median: r.medianMinutes ?? 0, p90: r.p90Minutes ?? 0 },
          labels: { median: fmt.duration(r.medianMinutes), p90: fmt.duration(r.p90Minutes) },
        }))}
      />
      {table(rows, caption, testId)}
    </>
  );

  const weeks = s.byWeek.map((w) => ({
    ...w,
    name: t("speed.week", { week: w.isoWeek, date: fmt.shortDate(w.weekStart) }),
  }));
  const reps = s.byRep.map((r) => ({ ...r, name: r.label ?? t("common.unassigned") }));
  const channels = s.byChannel.map((r) => ({
    ...r,
    name: t(`channel.${r.key}`),
    href: leadListHref(filters, role, { channel: r.key, created: true }),
  }));
  return (
    <>
      <Metrics>
        <Metric
          label={t("speed.median")}
          value={fmt.duration(s.total.medianMinutes)}
          hint={t("speed.businessMinutes")}
          previous={vs(s.total.medianMinutes, before.total.medianMinutes, { show: fmt.duration })}
        />
        <Metric
          label={t("speed.p90")}
          value={fmt.duration(s.total.p90Minutes)}
          hint={t("speed.businessMinutes")}
          previous={vs(s.total.p90Minutes, before.total.p90Minutes, { show: fmt.duration })}
        />
        <Metric
          label={t("speed.withinSla")}
          value={fmt.pct(s.total.withinSlaShare)}
          hint={t("speed.withinSlaHint", { within: s.total.withinSla, measured: s.total.measured })}
          previous={vs(s.total.withinSlaShare, before.total.withinSlaShare, { share: true })}
        />
        <Metric
          label={t("speed.breachingNow")}
          tone={s.breachingNow > 0 ? "alert" : "neutral"}
          testId="breaching-now"
          value={
            <Link href={breachHref} className="underline-offset-4 hover:underline">
              {fmt.count(s.breachingNow)}
            </Link>
          }
          hint={t("speed.breachingHint")}
        />
      </Metrics>
      {s.total.measured === 0 ? (
        <EmptyState
          icon={<ClockIcon />}
          titleAs="h3"
          title={t("empty.title")}
          description={t("empty.leads")}
          className="py-8"
        />
      ) : (
        <BreakdownTabs
          label={t("speed.breakdown")}
          tabs={[
            {
              id: "week",
              title: t("speed.byWeek"),
              content: (
                <>
                  <p className="text-sm text-ink-muted">{t("speed.weekIntro")}</p>
                  <ColumnChart
                    unit="percent"
                    fullScale
                    color="var(--color-chart-3)"
                    rows={weeks.map((w) => ({
                      id: w.weekStart,
                      name: fmt.shortDate(w.weekStart),
                      value: w.withinSlaShare,
                      label: fmt.pct(w.withinSlaShare),
                    }))}
                  />
                  {table(weeks, t("speed.col.week"), "speed-weeks")}
                </>
              ),
            },
            { id: "rep", title: t("speed.byRep"), content: percentileView(reps, t("speed.col.rep"), "speed-reps") },
            {
              id: "channel",
              title: t("speed.byChannel"),
              content: percentileView(channels, t("speed.col.channel"), "speed-channels"),
            },
          ]}
        />
      )}
    </>
  );
}
