import { getAfterPurchase } from "@/server/analytics/after-purchase";
import { TBody, THead, Td, Th, Tr } from "@/components/ui/data-table-shell";
import { BarListChart } from "./bar-list-chart";
import { ChartCard, Metric, Metrics } from "./chart-card";
import { ColumnChart } from "./column-chart";
import { previousLine } from "./period-delta";
import { previousOf, sectionContext, type SectionProps } from "./section-context";
import { KpiDefinitions } from "./kpi-definitions";
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
    <ChartCard id="after" title={t("after.title")} definition={t("after.definition")}>
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
      <TableAlternative summary={t("table.show")} caption={t("after.tiers")}>
        <THead>
          <tr>
            <Th>{t("after.col.tier")}</Th>
            <Th numeric>{t("after.customers")}</Th>
            <Th numeric>{t("after.col.share")}</Th>
          </tr>
        </THead>
        <TBody>
          {a.tiers.map((r) => (
            <Tr key={r.tier}>
              <Td>{t(`tier.${r.tier}`)}</Td>
              <Td numeric>{fmt.count(r.customers)}</Td>
              <Td numeric>{fmt.pct(customers ? r.customers / customers : null)}</Td>
            </Tr>
          ))}
        </TBody>
      </TableAlternative>

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
          <TableAlternative summary={t("table.show")} caption={t("after.repeatByMonth")}>
            <THead>
              <tr>
                <Th>{t("after.col.month")}</Th>
                <Th numeric>{t("after.col.firstBuyers")}</Th>
                <Th numeric>{t("after.col.repeated")}</Th>
                <Th numeric>{t("after.repeatRate")}</Th>
              </tr>
            </THead>
            <TBody>
              {a.cohorts.map((c) => (
                <Tr key={c.month}>
                  <Td>{fmt.month(c.month)}</Td>
                  <Td numeric>{fmt.count(c.customers)}</Td>
                  <Td numeric>{fmt.count(c.repeated)}</Td>
                  <Td numeric>{fmt.pct(c.repeatRate)}</Td>
                </Tr>
              ))}
            </TBody>
          </TableAlternative>
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
      <TableAlternative summary={t("table.show")} caption={t("after.lateByMilestone")}>
        <THead>
          <tr>
            <Th>{t("after.col.milestone")}</Th>
            <Th numeric>{t("after.col.open")}</Th>
            <Th numeric>{t("after.col.late")}</Th>
            <Th numeric>{t("after.col.medianLate")}</Th>
          </tr>
        </THead>
        <TBody>
          {a.late.map((r) => (
            <Tr key={r.milestone}>
              <Td>{t(`milestone.${r.milestone}`)}</Td>
              <Td numeric>{fmt.count(r.open)}</Td>
              <Td numeric>{fmt.count(r.late)}</Td>
              <Td numeric>{fmt.days(r.medianDaysLate)}</Td>
            </Tr>
          ))}
        </TBody>
      </TableAlternative>
      <KpiDefinitions chart="afterPurchase" />
    </ChartCard>
  );
}
