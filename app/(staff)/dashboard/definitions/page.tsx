import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requireStaff } from "@/server/auth/session";
import { PageHeader } from "@/components/shell/page-header";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { KPI_CHARTS, KpiDefinitions } from "@/components/dashboard/kpi-definitions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("dashboard.definitions"))("title") };
}

/** How every dashboard figure is counted, card by card; each card links to its part (#funnel …). */
export default async function KpiDefinitionsPage() {
  await requireStaff();
  const [t, td] = await Promise.all([getTranslations("dashboard"), getTranslations("dashboard.definitions")]);
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/dashboard" className="text-accent-700 hover:underline">
          {td("back")}
        </Link>
      </p>
      <PageHeader title={td("title")} description={td("intro")} />
      <div className="flex max-w-3xl flex-col gap-6">
        {KPI_CHARTS.map(({ chart, title }) => (
          <Card key={chart} id={chart} aria-labelledby={`${chart}-title`} className="scroll-mt-20">
            <CardHeader>
              <CardTitle id={`${chart}-title`}>{t(title)}</CardTitle>
            </CardHeader>
            <CardContent>
              <KpiDefinitions chart={chart} />
            </CardContent>
          </Card>
        ))}
      </div>
    </>
  );
}
