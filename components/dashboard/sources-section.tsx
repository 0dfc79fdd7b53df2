import { leadListHref } from "@/lib/kpi/lead-links";
import { getSourceConversion, type AttributionRow, type SourceRow } from "@/server/analytics/sources";
import { EmptyState } from "@/components/ui/empty-state";
import { ChartIcon } from "@/components/ui/icons";
import { BarListChart } from "./bar-list-chart";
import { BreakdownTabs } from "./breakdown-tabs";
import { Metric, Metrics } from "./chart-card";
import { previousLine } from "./period-delta";
import { previousOf, sectionContext, type SectionProps } from "./section-context";
import { TableAlternative } from "./table-alternative";

const RATES = [
  { key: "winRate", color: "var(--color-chart-1)" },
  { key: "leadToCustomer", color: "var(--color-chart-6)", outlined: true },
] as const;

export async function SourcesSection({ session, filters }: SectionProps) {
  const { db, t, fmt } = await sectionContext();
  const { previous, days: periodDays } = previousOf(filters);
  const [s, before] = await Promise.all([
    getSourceConversion(db, session, filters),
    getSourceConversion(db, session, previous, { periodOnly: true }),
  ]);
  const vs = (current: number | null, was: number | null, opts: Parameters<typeof previousLine>[5] = {}) =>
    previousLine(t, fmt, periodDays, current, was, opts);

  const role = session.role === "MANAGER" ? "MANAGER" : "SALES";
  const series = RATES.map((r) => ({ ...r, name: t(`sources.${r.key}`) }));

  const rateView = (
    rows: SourceRow[],
    name: (r: SourceRow) => string,
    href: (r: SourceRow) => string | undefined,
    caption: string,
  ) => (
    <>
      <BarListChart
        series={series}
        rows={rows.map((r) => ({
          id: r.key ?? "none",
          name: name(r),
          href: href(r),
          values: { winRate: r.winRate ?? 0, leadToCustomer: r.leadToCustomer ?? 0 },
          // With the counts: "100 %" from one decided lead should not read like a trend.
          labels: {
            winRate: `${fmt.pct(r.winRate)} · ${fmt.count(r.won)}/${fmt.count(r.won + r.lost)}`,
            leadToCustomer: `${fmt.pct(r.leadToCustomer)} · ${fmt.count(r.won)}/${fmt.count(r.leads)}`,
          },
        }))}
      />
      <TableAlternative
        summary={t("table.show")}
        caption={caption}
        columns={[
          caption,
          t("sources.col.leads"),
          t("sources.col.won"),
          t("sources.col.lost"),
          t("sources.winRate"),
          t("sources.leadToCustomer"),
        ]}
        rows={rows.map((r) => ({
          key: r.key ?? "none",
          cells: [
            { text: name(r), href: href(r) },
            fmt.count(r.leads),
            fmt.count(r.won),
            fmt.count(r.lost),
            fmt.pct(r.winRate),
            fmt.pct(r.leadToCustomer),
          ],
        }))}
      />
    </>
  );

  const touchView = (rows: AttributionRow[], name: (key: string | null) => string, caption: string) => (
    <>
      <BarListChart
        series={[
          { key: "first", name: t("sources.firstTouch"), color: "var(--color-chart-3)" },
          { key: "last", name: t("sources.lastTouch"), color: "var(--color-chart-4)", outlined: true },
        ]}
        rows={rows.map((r) => ({
          id: r.key ?? "none",
          name: name(r.key),
          values: { first: r.firstTouch, last: r.lastTouch },
          labels: { first: fmt.count(r.firstTouch), last: fmt.count(r.lastTouch) },
        }))}
      />
      <TableAlternative
        summary={t("table.show")}
        caption={caption}
        columns={[caption, t("sources.firstTouch"), t("sources.lastTouch")]}
        rows={rows.map((r) => ({
          key: r.key ?? "none",
          cells: [name(r.key), fmt.count(r.firstTouch), fmt.count(r.lastTouch)],
        }))}
      />
    </>
  );

  const channelName = (key: string | null) => (key ? t(`channel.${key}`) : t("common.unknown"));
  const ownerName = (key: string | null) => (key ? t(`owner.${key}`) : t("common.unknown"));
  return (
    <>
      {s.total.leads === 0 ? (
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
              label={t("sources.winRate")}
              value={fmt.pct(s.total.winRate)}
              hint={t("sources.winRateHint", { won: s.total.won, decided: s.total.won + s.total.lost })}
              previous={vs(s.total.winRate, before.total.winRate, { share: true })}
            />
            <Metric
              label={t("sources.leadToCustomer")}
              value={fmt.pct(s.total.leadToCustomer)}
              hint={t("sources.leadToCustomerHint", { won: s.total.won, leads: s.total.leads })}
              previous={vs(s.total.leadToCustomer, before.total.leadToCustomer, { share: true })}
            />
          </Metrics>
          <BreakdownTabs
            label={t("sources.breakdown")}
            tabs={[
              {
                id: "channel",
                title: t("sources.byChannel"),
                content: rateView(
                  s.byChannel,
                  (r) => channelName(r.key),
                  (r) => leadListHref(filters, role, { channel: r.key, created: true }),
                  t("sources.col.channel"),
                ),
              },
              {
                id: "campaign",
                title: t("sources.byCampaign"),
                content: rateView(
                  s.byCampaign,
                  (r) => r.label ?? t("common.noCampaign"),
                  (r) => (r.key ? leadListHref(filters, role, { campaign: r.key, created: true }) : undefined),
                  t("sources.col.campaign"),
                ),
              },
              {
                id: "attribution",
                title: t("sources.attribution"),
                content: (
                  <>
                    <p className="text-sm text-ink-muted">
                      {t("sources.attributionIntro", { wins: s.attribution.wins })}
                    </p>
                    {touchView(s.attribution.byChannel, channelName, t("sources.col.channel"))}
                    <h3 className="text-sm font-semibold">{t("sources.byOwner")}</h3>
                    {touchView(s.attribution.byOwner, ownerName, t("sources.col.owner"))}
                  </>
                ),
              },
            ]}
          />
        </>
      )}
    </>
  );
}
