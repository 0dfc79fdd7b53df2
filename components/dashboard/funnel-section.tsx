import { leadListHref } from "@/lib/kpi/lead-links";
import { getJourneyFunnel } from "@/server/analytics/funnel";
import { EmptyState } from "@/components/ui/empty-state";
import { ChartIcon } from "@/components/ui/icons";
import { BarListChart } from "./bar-list-chart";
import { Metric, Metrics } from "./chart-card";
import { previousLine } from "./period-delta";
import { previousOf, sectionContext, type SectionProps } from "./section-context";
import { TableAlternative } from "./table-alternative";

export async function FunnelSection({ session, filters, now }: SectionProps) {
  const { db, t, fmt } = await sectionContext();
  const { previous, days: periodDays } = previousOf(filters);
  // The previous period in parallel: the card waits for the slower of the two, not their sum.
  const [funnel, before] = await Promise.all([
    getJourneyFunnel(db, session, filters, now),
    getJourneyFunnel(db, session, previous, now),
  ]);
  const vs = (current: number | null, was: number | null, share = false) =>
    previousLine(t, fmt, periodDays, current, was, { share });
  const lost = (f: typeof funnel) => f.rows.reduce((n, r) => n + r.lost, 0);
  const role = session.role === "MANAGER" ? "MANAGER" : "SALES";
  const days = filters.conversionWindowDays;
  // Only "new" links: every lead created in the range reached it. The later rows count leads by the
  // furthest stage they reached, which the list cannot filter on, so a link would open other leads.
  const href = (stage: string) => (stage === "NEW" ? leadListHref(filters, role, { created: true }) : undefined);
  return (
    <>
      {funnel.total === 0 ? (
        <EmptyState
          icon={<ChartIcon />}
          titleAs="h3"
          title={t("empty.title")}
          description={t("empty.leads")}
          className="py-8"
        />
      ) : (
        <>
          <Metrics>
            <Metric
              label={t("funnel.created")}
              value={fmt.count(funnel.total)}
              testId="funnel-total"
              previous={vs(funnel.total, before.total)}
            />
            <Metric
              label={t("funnel.overall")}
              value={fmt.pct(funnel.overallConversion)}
              hint={t("funnel.overallHint", { days })}
              previous={vs(funnel.overallConversion, before.overallConversion, true)}
            />
            <Metric
              label={t("funnel.won")}
              value={fmt.count(funnel.rows[4].reached)}
              previous={vs(funnel.rows[4].reached, before.rows[4].reached)}
            />
            <Metric
              label={t("funnel.lost")}
              value={fmt.count(lost(funnel))}
              hint={t("funnel.lostHint")}
              previous={vs(lost(funnel), lost(before))}
            />
          </Metrics>
          {funnel.maturing > 0 ? (
            <p className="text-sm text-ink-muted">
              {t("funnel.maturingNote", { count: fmt.count(funnel.maturing), total: fmt.count(funnel.total), days })}
            </p>
          ) : null}
          <BarListChart
            series={[{ key: "reached", name: t("funnel.reached"), color: "var(--color-chart-1)" }]}
            rows={funnel.rows.map((r) => ({
              id: r.stage,
              name: t(`stage.${r.stage}`),
              href: href(r.stage),
              values: { reached: r.reached },
              labels: { reached: `${fmt.count(r.reached)} · ${fmt.pct(r.ofCohort)}` },
            }))}
          />
          <p className="text-xs text-ink-subtle">{t("funnel.lostNote")}</p>
          <TableAlternative
            summary={t("table.show")}
            caption={t("funnel.title")}
            columns={[
              t("funnel.col.stage"),
              t("funnel.col.reached"),
              t("funnel.col.step"),
              t("funnel.col.dropOff"),
              t("funnel.col.lost"),
              t("funnel.col.median"),
            ]}
            rows={funnel.rows.map((r) => ({
              key: r.stage,
              testId: `funnel-row-${r.stage}`,
              cells: [
                { text: t(`stage.${r.stage}`), href: href(r.stage) },
                { text: fmt.count(r.reached), testId: "reached" },
                fmt.pct(r.stepConversion),
                fmt.pct(r.dropOff),
                r.stage === "WON" ? "" : fmt.count(r.lost),
                r.stage === "NEW" ? "" : fmt.duration(r.medianMinutes),
              ],
            }))}
          />
        </>
      )}
    </>
  );
}
