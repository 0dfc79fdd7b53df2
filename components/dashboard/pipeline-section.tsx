import { leadListHref } from "@/lib/kpi/lead-links";
import { getPipeline } from "@/server/analytics/pipeline";
import { BarListChart } from "./bar-list-chart";
import { Metric, Metrics } from "./chart-card";
import { DASH } from "./format";
import { previousLine } from "./period-delta";
import { previousOf, sectionContext, type SectionProps } from "./section-context";
import { TableAlternative } from "./table-alternative";

export async function PipelineSection({ session, filters, now }: SectionProps) {
  const { db, t, fmt } = await sectionContext();
  const { previous, days: periodDays } = previousOf(filters);
  const [p, before] = await Promise.all([
    getPipeline(db, session, filters, now),
    getPipeline(db, session, previous, now, { periodOnly: true }),
  ]);
  const vs = (current: number | null, was: number | null, opts: Parameters<typeof previousLine>[5] = {}) =>
    previousLine(t, fmt, periodDays, current, was, opts);

  const role = session.role === "MANAGER" ? "MANAGER" : "SALES";
  const currencies = p.value.map((m) => m.currency);
  const velocity = p.velocity.filter((v) => v.perDayMinor !== null);
  // Velocity is the one figure here of the range (the rest are the pipeline now): compared in the
  // first currency shown, never across currencies.
  const velocityBefore = velocity.length
    ? (before.velocity.find((v) => v.currency === velocity[0].currency)?.perDayMinor ?? null)
    : null;
  return (
    <>
      <Metrics>
        <Metric
          label={t("pipeline.open")}
          value={fmt.count(p.openLeads)}
          hint={fmt.moneyList(p.value, true)}
          testId="pipeline-open"
        />
        <Metric
          label={t("pipeline.velocity")}
          value={
            velocity.length
              ? fmt.money({ currency: velocity[0].currency, minor: velocity[0].perDayMinor! }, true)
              : DASH
          }
          hint={[
            ...velocity.slice(1).map((v) => `+ ${fmt.money({ currency: v.currency, minor: v.perDayMinor! }, true)}`),
            t("pipeline.perDay"),
          ].join(" ")}
          previous={
            velocity.length
              ? vs(velocity[0].perDayMinor, velocityBefore, {
                  show: (minor) => fmt.money({ currency: velocity[0].currency, minor }, true),
                })
              : undefined
          }
        />
        <Metric
          label={t("pipeline.stale")}
          value={fmt.count(p.stale)}
          hint={t("pipeline.staleHint", { days: p.staleAfterDays })}
          tone={p.stale > 0 ? "alert" : "neutral"}
        />
        <Metric
          label={t("pipeline.followUp")}
          value={fmt.pct(p.followUpCompliance)}
          hint={t("pipeline.followUpHint", { planned: p.followUpPlanned, due: p.followUpDue })}
        />
      </Metrics>
      <BarListChart
        series={[{ key: "leads", name: t("pipeline.open"), color: "var(--color-chart-5)" }]}
        rows={p.byStage.map((r) => ({
          id: r.stage,
          name: t(`stage.${r.stage}`),
          href: leadListHref(filters, role, { stage: r.stage }),
          values: { leads: r.leads },
          // The bar carries the count and the main currency; every currency is in the table.
          labels: { leads: r.value[0] ? `${fmt.count(r.leads)} · ${fmt.money(r.value[0], true)}` : fmt.count(r.leads) },
        }))}
      />
      <p className="text-xs text-ink-subtle">{t("pipeline.velocityFormula")}</p>
      <TableAlternative
        summary={t("table.show")}
        caption={t("pipeline.title")}
        columns={[
          t("pipeline.col.stage"),
          t("pipeline.col.leads"),
          ...currencies.map((c) => t("pipeline.col.value", { currency: c })),
        ]}
        rows={p.byStage.map((r) => ({
          key: r.stage,
          cells: [
            { text: t(`stage.${r.stage}`), href: leadListHref(filters, role, { stage: r.stage }) },
            fmt.count(r.leads),
            ...currencies.map((c) => {
              const m = r.value.find((v) => v.currency === c);
              return m ? fmt.money(m) : DASH;
            }),
          ],
        }))}
      />
      {p.velocity.length ? (
        <TableAlternative
          summary={t("pipeline.velocityTable")}
          caption={t("pipeline.velocity")}
          columns={[
            t("pipeline.col.currency"),
            t("pipeline.col.open"),
            t("pipeline.col.winRate"),
            t("pipeline.col.avgWon"),
            t("pipeline.col.avgDays"),
            t("pipeline.col.perDay"),
          ]}
          rows={p.velocity.map((v) => ({
            key: v.currency,
            cells: [
              v.currency,
              fmt.count(v.openLeads),
              fmt.pct(v.winRate),
              v.avgWonMinor === null ? DASH : fmt.money({ currency: v.currency, minor: v.avgWonMinor }),
              fmt.days(v.avgDaysToClose),
              v.perDayMinor === null ? DASH : fmt.money({ currency: v.currency, minor: v.perDayMinor }),
            ],
          }))}
        />
      ) : null}
    </>
  );
}
