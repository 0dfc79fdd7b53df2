import { Suspense, type ComponentProps } from "react";
import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { cookies } from "next/headers";
import Link from "next/link";
import { redirect } from "next/navigation";
import { DASHBOARD_FILTERS_COOKIE, filtersToParams, parseDashboardFilters } from "@/lib/kpi/filters";
import type { KpiChart } from "@/lib/kpi/definitions";
import { REPORTING_TIME_ZONE } from "@/lib/kpi/reporting";
import { requireStaff } from "@/server/auth/session";
import { getDb } from "@/server/db";
import { getDashboardOptions } from "@/server/analytics/options";
import { findRepName } from "@/server/users/rep-queries";
import { PageHeader } from "@/components/shell/page-header";
import { AfterPurchaseSection } from "@/components/dashboard/after-purchase-section";
import { ChartCard, ChartContentSkeleton } from "@/components/dashboard/chart-card";
import { KpiDefinitionsLink } from "@/components/dashboard/kpi-definitions";
import { FilterBar } from "@/components/dashboard/filter-bar";
import { FunnelSection } from "@/components/dashboard/funnel-section";
import { GoalsSection } from "@/components/dashboard/goals-section";
import { PipelineSection } from "@/components/dashboard/pipeline-section";
import { SourcesSection } from "@/components/dashboard/sources-section";
import { SpeedSection } from "@/components/dashboard/speed-section";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("dashboard"))("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function DashboardPage({ searchParams }: Props) {
  const session = await requireStaff();
  const now = new Date();
  const params = await searchParams;
  // Opened bare (the sidebar, the back of another page): the filters chosen last, kept in a cookie by
  // the filter bar, come back, in the URL so the view stays linkable. Read through the same parser.
  if (Object.keys(params).length === 0) {
    const saved = (await cookies()).get(DASHBOARD_FILTERS_COOKIE)?.value;
    const kept = saved
      ? filtersToParams(parseDashboardFilters(Object.fromEntries(new URLSearchParams(saved)), now, REPORTING_TIME_ZONE))
      : {};
    if (Object.keys(kept).length > 0) redirect(`/dashboard?${new URLSearchParams(kept)}`);
  }
  // Days, weeks and months in the business's zone for every reader (lib/kpi/reporting.ts).
  const filters = parseDashboardFilters(params, now, REPORTING_TIME_ZONE);
  const [t, tGoals, format, options, repName] = await Promise.all([
    getTranslations("dashboard"),
    getTranslations("goals.card"),
    getFormatter(),
    getDb().then((db) => getDashboardOptions(db, session, { campaignId: filters.campaignId })),
    findRepName(session, filters.repId),
  ]);
  const manager = session.role === "MANAGER";
  // A new key per filter state: the filter bar starts again, and each card's figures show their
  // skeleton while the new ones load.
  const key = new URLSearchParams(filtersToParams(filters)).toString();
  const section = { session, filters, now };
  const loads = { stateKey: key, loading: t("loading") };
  const days = filters.conversionWindowDays;
  const range = format.dateTimeRange(filters.from, new Date(filters.to.getTime() - 1), {
    day: "numeric",
    month: "short",
    year: "numeric",
    timeZone: REPORTING_TIME_ZONE,
  });
  return (
    <>
      <PageHeader
        title={t("title")}
        description={`${manager ? t("subtitleManager") : t("subtitleSales")} ${t("rangeShown", { range })}`}
      />
      <FilterBar
        key={key}
        manager={manager}
        options={options}
        values={{
          range: filters.range,
          fromDate: filters.fromDate,
          toDate: filters.toDate,
          conversionWindowDays: filters.conversionWindowDays,
          staleAfterDays: filters.staleAfterDays,
          teamId: filters.teamId,
          repId: filters.repId,
          repName,
          channel: filters.channel,
          campaignId: filters.campaignId,
        }}
      />
      {filters.rangeNotice && (
        <p
          role="status"
          className="mb-6 rounded-md border border-info-border bg-info-bg px-3 py-2 text-sm text-info-fg"
        >
          {t(`rangeNotice.${filters.rangeNotice}`)}
        </p>
      )}
      <div className="grid items-start gap-6 xl:grid-cols-2">
        <DashboardCard
          {...loads}
          id="goals"
          title={tGoals("title")}
          definition={tGoals("description")}
          className="xl:col-span-2"
          rows={2}
          actions={
            manager ? (
              <Link href="/settings/goals" className="shrink-0 text-sm text-accent-700 hover:underline">
                {tGoals("setGoals")}
              </Link>
            ) : undefined
          }
        >
          <GoalsSection {...section} />
        </DashboardCard>
        <DashboardCard
          {...loads}
          id="funnel"
          title={t("funnel.title")}
          definition={t("funnel.definition", { days })}
          className="xl:col-span-2"
          definitions="funnel"
        >
          <FunnelSection {...section} />
        </DashboardCard>
        <DashboardCard
          {...loads}
          id="sources"
          title={t("sources.title")}
          definition={t("sources.definition", { days })}
          definitions="sources"
        >
          <SourcesSection {...section} />
        </DashboardCard>
        <DashboardCard
          {...loads}
          id="speed"
          title={t("speed.title")}
          definition={t("speed.definition")}
          definitions="speed"
        >
          <SpeedSection {...section} />
        </DashboardCard>
        <DashboardCard
          {...loads}
          id="pipeline"
          title={t("pipeline.title")}
          definition={t("pipeline.definition")}
          definitions="pipeline"
        >
          <PipelineSection {...section} />
        </DashboardCard>
        <DashboardCard
          {...loads}
          id="after"
          title={t("after.title")}
          definition={t("after.definition")}
          definitions="afterPurchase"
        >
          <AfterPurchaseSection {...section} />
        </DashboardCard>
      </div>
    </>
  );
}

/** A card's frame (title, definition, actions), drawn at once; its figures wait behind a skeleton. */
function DashboardCard({
  id,
  stateKey,
  loading,
  rows,
  definitions,
  children,
  ...frame
}: ComponentProps<typeof ChartCard> & {
  /** The filter state: a new one shows the skeleton again while the new figures load. */
  stateKey: string;
  loading: string;
  rows?: number;
  /** The card's part of the definitions page, linked under it. */
  definitions?: KpiChart;
}) {
  return (
    <ChartCard id={id} {...frame}>
      <Suspense key={`${id}-${stateKey}`} fallback={<ChartContentSkeleton label={loading} rows={rows} />}>
        {children}
      </Suspense>
      {definitions ? <KpiDefinitionsLink chart={definitions} /> : null}
    </ChartCard>
  );
}
