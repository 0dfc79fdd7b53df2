import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { requireStaff } from "@/server/auth/session";
import { getHeadlineNumbers } from "@/server/analytics/queries";
import { PageHeader } from "@/components/shell/page-header";
import { StatCard } from "@/components/shell/stat-card";
import { EmptyState } from "@/components/ui/empty-state";
import { ChartIcon } from "@/components/ui/icons";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("dashboard"))("title") };
}

export default async function DashboardPage() {
  const session = await requireStaff();
  const [t, format, numbers] = await Promise.all([getTranslations("dashboard"), getFormatter(), getHeadlineNumbers(session)]);
  const n = (value: number) => format.number(value);
  const manager = session.role === "MANAGER";
  return (
    <>
      <PageHeader title={t("title")} description={manager ? t("subtitleManager") : t("subtitleSales")} />
      <div className={manager ? "grid gap-4 sm:grid-cols-2 lg:grid-cols-4" : "grid gap-4 sm:grid-cols-3"}>
        <StatCard label={t("openLeads")} value={n(numbers.openLeads)} />
        <StatCard label={t("breachedNow")} value={n(numbers.breachedNow)} tone={numbers.breachedNow > 0 ? "alert" : "neutral"} />
        <StatCard label={t("wonLast30")} value={n(numbers.wonLast30Days)} />
        {numbers.ordersLate !== null ? <StatCard label={t("ordersLate")} value={n(numbers.ordersLate)} /> : null}
      </div>
      <EmptyState className="mt-8" icon={<ChartIcon />} title={t("emptyTitle")} description={t("emptyBody")} />
    </>
  );
}
