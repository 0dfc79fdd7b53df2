import { getAfterPurchase } from "@/server/analytics/after-purchase";
import { BarListChart } from "./bar-list-chart";
import { Metric, Metrics } from "./chart-card";
import { ColumnChart } from "./column-chart";
import { previousLine } from "./period-delta";
import { previousOf, sectionContext, type SectionProps } from "./section-context";
import { TableAlternative } from "./table-alternative";

export async function AfterPurchaseSection({ session, filters, now }: SectionProps) {
  const { db, t, fmt } = await sectionContext();
  const { previous, days: periodDays } = previousOf(filters);
  const [a, before] = await Promise.all([
    getAfterPurchase(db, session, filters, now),
    getAfterPurchase(db, session, previous, now, { periodOnly: true }),
  ]);
  const vs = (current: number | null, was: number | null, opts: Parameters<typeof previousLine>[5] = {}) =>
    previousLine(t, fmt, periodDays, current, was, opts);
  // Customers by tier and late orders are of now; the repeat rate is of the range's first buyers.
  const repeatRate = (x: typeof a) => {
    const first = x.cohorts.reduce((n, r) => n + r.customers, 0);
    return first ? x.cohorts.reduce((n, r) => n + r.repeated, 0) / first : null;
  };
  const customers = a.tiers.reduce((n, r) => n + r.customers, 0);
  const firstBuyers = a.cohorts.reduce((n, r) => n + r.customers, 0);
  const repeated = a.cohorts.reduce((n, r) => n + r.repeated, 0);
  return (
    <>
      <Metrics>
        <Metric label={t("after.customers")} value={fmt.count(customers)} />
        <Metric
          label={t("after.repeatRate")}
          value={fmt.pct(firstBuyers ? repeated / firstBuyers : null)}
          hint={t("after.repeatHint", { repeated, first: firstBuyers })}
          previous={vs(repeatRate(a), repeatRate(before), { share: true })}
        />
        <Metric
          label={t("after.late")}
          value={fmt.count(a.lateTotal)}
          tone={a.lateTotal > 0 ? "alert" : "neutral"}
          hint={t("after.lateHint", { open: a.openOrders })}
        />
      </Metrics>

      <h3 className="text-sm font-semibold">{t("after.tiers")}</h3>
      <BarListChart
        series={[{ key: "customers", name: t("after.customers"), color: "var(--color-chart-4)" }]}
        rows={a.tiers.map((r) => ({
          id: r.tier,
          name: t(`tier.${r.tier}`),
          values: { customers: r.customers },
          labels: { customers: `${fmt.count(r.customers)} · ${fmt.pct(customers ? r.customers / customers : null)}` },
        }))}
      />
      <TableAlternative
        summary={t("table.show")}
        caption={t("after.tiers")}
        columns={[t("after.col.tier"), t("after.customers"), t("after.col.share")]}
        rows={a.tiers.map((r) => ({
          key: r.tier,
          cells: [t(`tier.${r.tier}`), fmt.count(r.customers), fmt.pct(customers ? r.customers / customers : null)],
        }))}
      />

      <h3 className="text-sm font-semibold">{t("after.repeatByMonth")}</h3>
      {a.cohorts.length === 0 ? (
        <p className="text-sm text-ink-muted">{t("after.noCohorts")}</p>
      ) : (
        <>
          <ColumnChart
            unit="percent"
            color="var(--color-chart-1)"
            rows={a.cohorts.map((c) => ({
              id: c.month,
              name: fmt.month(c.month),
              value: c.repeatRate,
              label: fmt.pct(c.repeatRate),
            }))}
          />
          <TableAlternative
            summary={t("table.show")}
            caption={t("after.repeatByMonth")}
            columns={[t("after.col.month"), t("after.col.firstBuyers"), t("after.col.repeated"), t("after.repeatRate")]}
            rows={a.cohorts.map((c) => ({
              key: c.month,
              cells: [fmt.month(c.month), fmt.count(c.customers), fmt.count(c.repeated), fmt.pct(c.repeatRate)],
            }))}
          />
        </>
      )}

      <h3 className="text-sm font-semibold">{t("after.lateByMilestone")}</h3>
      {a.late.length === 0 ? (
        <p className="text-sm text-ink-muted">{t("after.noOpenOrders")}</p>
      ) : (
        // Two bars on one scale, each as long as the count it is labelled with: "12 late of 40" on a bar
        // sized by 12 alone read as the share.
        <BarListChart
          series={[
            { key: "open", name: t("after.col.open"), color: "var(--color-chart-6)", outlined: true },
            { key: "late", name: t("after.col.late"), color: "var(--color-chart-6)" },
          ]}
          rows={a.late.map((r) => ({
            id: r.milestone,
            name: t(`milestone.${r.milestone}`),
            values: { open: r.open, late: r.late },
            labels: { open: fmt.count(r.open), late: fmt.count(r.late) },
          }))}
        />
      )}
      <TableAlternative
        summary={t("table.show")}
        caption={t("after.lateByMilestone")}
        columns={[t("after.col.milestone"), t("after.col.open"), t("after.col.late"), t("after.col.medianLate")]}
        rows={a.late.map((r) => ({
          key: r.milestone,
          cells: [t(`milestone.${r.milestone}`), fmt.count(r.open), fmt.count(r.late), fmt.days(r.medianDaysLate)],
        }))}
      />
    </>
  );
}
