import Link from "next/link";
import { leadListHref } from "@/lib/kpi/lead-links";
import { getJourneyFunnel } from "@/server/analytics/funnel";
import { EmptyState } from "@/components/ui/empty-state";
import { ChartIcon } from "@/components/ui/icons";
import { TBody, THead, Td, Th, Tr } from "@/components/ui/data-table-shell";
import { BarListChart } from "./bar-list-chart";
import { ChartCard, Metric, Metrics } from "./chart-card";
import { previousLine } from "./period-delta";
import { previousOf, sectionContext, type SectionProps } from "./section-context";
import { KpiDefinitions } from "./kpi-definitions";
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
  const href = (stage: string) =>
    stage === "WON" ? undefined : leadListHref(filters, role, { stage: stage as "NEW" });
  return (
    <ChartCard id="funnel" title={t("funnel.title")} definition={t("funnel.definition", { days })}>
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
          <TableAlternative summary={t("table.show")} caption={t("funnel.title")}>
            <THead>
              <tr>
                <Th>{t("funnel.col.stage")}</Th>
                <Th numeric>{t("funnel.col.reached")}</Th>
                <Th numeric>{t("funnel.col.step")}</Th>
                <Th numeric>{t("funnel.col.dropOff")}</Th>
                <Th numeric>{t("funnel.col.lost")}</Th>
                <Th numeric>{t("funnel.col.median")}</Th>
              </tr>
            </THead>
            <TBody>
              {funnel.rows.map((r) => (
                <Tr key={r.stage} data-testid={`funnel-row-${r.stage}`}>
                  <Td>
                    {href(r.stage) ? (
                      <Link
                        href={href(r.stage)!}
                        className="font-medium text-accent-700 underline-offset-2 hover:underline"
                      >
                        {t(`stage.${r.stage}`)}
                      </Link>
                    ) : (
                      t(`stage.${r.stage}`)
                    )}
                  </Td>
                  <Td numeric data-testid="reached">
                    {fmt.count(r.reached)}
                  </Td>
                  <Td numeric>{fmt.pct(r.stepConversion)}</Td>
                  <Td numeric>{fmt.pct(r.dropOff)}</Td>
                  <Td numeric>{r.stage === "WON" ? "" : fmt.count(r.lost)}</Td>
                  <Td numeric>{r.stage === "NEW" ? "" : fmt.duration(r.medianMinutes)}</Td>
                </Tr>
              ))}
            </TBody>
          </TableAlternative>
        </>
      )}
      <KpiDefinitions chart="funnel" />
    </ChartCard>
  );
}
