import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { requireStaff } from "@/server/auth/session";
import { getCustomerSummary } from "@/server/customers/queries";
import { PageHeader } from "@/components/shell/page-header";
import { StatCard } from "@/components/shell/stat-card";
import { EmptyState } from "@/components/ui/empty-state";
import { UsersIcon } from "@/components/ui/icons";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("customers"))("title") };
}

export default async function CustomersPage() {
  const session = await requireStaff();
  const [t, format, summary] = await Promise.all([getTranslations("customers"), getFormatter(), getCustomerSummary(session)]);
  const n = (value: number) => format.number(value);
  return (
    <>
      <PageHeader title={t("title")} description={t("subtitle")} />
      <div className="grid gap-4 sm:grid-cols-2">
        <StatCard label={t("total")} value={n(summary.total)} />
        <StatCard label={t("activeThisMonth")} value={n(summary.activeLast30Days)} />
      </div>
      <EmptyState className="mt-8" icon={<UsersIcon />} title={t("emptyTitle")} description={t("emptyBody")} />
    </>
  );
}
