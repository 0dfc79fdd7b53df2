import { Suspense } from "react";
import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { filtersToParams, parseDashboardFilters } from "@/lib/kpi/filters";
import { REPORTING_TIME_ZONE } from "@/lib/kpi/reporting";
import { requireStaff } from "@/server/auth/session";
import { getDb } from "@/server/db";
import { getDashboardOptions } from "@/server/analytics/options";
import { PageHeader } from "@/components/shell/page-header";
import { AfterPurchaseSection } from "@/components/dashboard/after-purchase-section";
import { ChartCardSkeleton } from "@/components/dashboard/chart-card";
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
  // Days, weeks and months in the business's zone for every reader (lib/kpi/reporting.ts).
  const filters = parseDashboardFilters(await searchParams, now, REPORTING_TIME_ZONE);
  const [t, format, options] = await Promise.all([
    getTranslations("dashboard"),
    getFormatter(),
    getDb().then((db) => getDashboardOptions(db, session)),
  ]);
  const manager = session.role === "MANAGER";
  // A new key per filter state: each chart shows its skeleton while its new numbers load.
  const key = new URLSearchParams(filtersToParams(filters)).toString();
  const section = { session, filters, now };
  const loading = t("loading");
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
          channel: filters.channel,
          campaignId: filters.campaignId,
        }}
      />
      <div className="grid items-start gap-6 xl:grid-cols-2">
        <Suspense
          key={`goals-${key}`}
          fallback={<ChartCardSkeleton label={loading} className="xl:col-span-2" rows={2} />}
        >
          <div className="xl:col-span-2">
            <GoalsSection {...section} />
          </div>
        </Suspense>
        <Suspense key={`funnel-${key}`} fallback={<ChartCardSkeleton label={loading} className="xl:col-span-2" />}>
          <div className="xl:col-span-2">
            <FunnelSection {...section} />
          </div>
        </Suspense>
        <Suspense key={`sources-${key}`} fallback={<ChartCardSkeleton label={loading} />}>
          <SourcesSection {...section} />
        </Suspense>
        <Suspense key={`speed-${key}`} fallback={<ChartCardSkeleton label={loading} />}>
          <SpeedSection {...section} />
        </Suspense>
        <Suspense key={`pipeline-${key}`} fallback={<ChartCardSkeleton label={loading} />}>
          <PipelineSection {...section} />
        </Suspense>
        <Suspense key={`after-${key}`} fallback={<ChartCardSkeleton label={loading} />}>
          <AfterPurchaseSection {...section} />
        </Suspense>
      </div>
    </>
  );
}
