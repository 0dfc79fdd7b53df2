import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { requireStaff } from "@/server/auth/session";
import { getLeadSummary } from "@/server/leads/queries";
import { PageHeader } from "@/components/shell/page-header";
import { StatCard } from "@/components/shell/stat-card";
import { EmptyState } from "@/components/ui/empty-state";
import { ListIcon } from "@/components/ui/icons";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("leads"))("title") };
}

export default async function LeadsPage() {
  const session = await requireStaff();
  const [t, format, summary] = await Promise.all([getTranslations("leads"), getFormatter(), getLeadSummary(session)]);
  const n = (value: number) => format.number(value);
  const scope = session.role === "MANAGER" ? t("scopeAll") : t("scopeMine");
  return (
    <>
      <PageHeader title={t("title")} description={t("subtitle")} />
      <div className="grid gap-4 sm:grid-cols-3">
        <StatCard label={t("breached")} value={n(summary.breached)} tone={summary.breached > 0 ? "alert" : "neutral"} hint={scope} />
        <StatCard label={t("dueSoon")} value={n(summary.dueWithinHour)} hint={scope} />
        <StatCard label={t("open")} value={n(summary.open)} hint={scope} />
      </div>
      <EmptyState className="mt-8" icon={<ListIcon />} title={t("emptyTitle")} description={t("emptyBody")} />
    </>
  );
}
