import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { failedJobsSearchSchema } from "@/lib/validation/jobs";
import { getJobsOverview } from "@/server/jobs/failed-jobs";
import { PageHeader } from "@/components/shell/page-header";
import { FailedJobList } from "@/components/settings/failed-job-list";
import { JobCounts } from "@/components/settings/job-counts";
import { JobRetryStatus } from "@/components/settings/job-retry-status";
import { ListEmpty } from "@/components/list/list-empty";
import { ListPager } from "@/components/list/list-pager";
import { SettingsNav } from "@/components/settings/settings-nav";
import { Card, CardHeader, CardTitle } from "@/components/ui/card";
import { CheckCircleIcon } from "@/components/ui/icons";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("settings.jobs"))("metaTitle") };
}

const PAGE = "/settings/jobs";

// Managers only: getJobsOverview answers anyone else with a 404 (and the layout before it).
export default async function JobsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[]>> }) {
  const search = failedJobsSearchSchema.parse(await searchParams);
  const [t, { counts, failed, keptDays }] = await Promise.all([
    getTranslations("settings.jobs"),
    getJobsOverview(search),
  ]);
  return (
    <div className="max-w-5xl">
      <PageHeader title={t("title")} description={t("description", { days: keptDays })} />
      <SettingsNav current="jobs" />
      <div className="flex flex-col gap-6">
        <JobCounts counts={counts} keptDays={keptDays} />
        <Card aria-labelledby="failed-jobs-title">
          <CardHeader>
            <CardTitle id="failed-jobs-title" tabIndex={-1} className="outline-none">
              {t("failedTitle")}
            </CardTitle>
          </CardHeader>
          <JobRetryStatus headingId="failed-jobs-title">
            {failed.rows.length === 0 ? (
              <ListEmpty
                icon={<CheckCircleIcon />}
                title={t("emptyTitle")}
                description={t("emptyBody", { days: keptDays })}
              />
            ) : (
              <FailedJobList rows={failed.rows} />
            )}
          </JobRetryStatus>
        </Card>
        <ListPager
          label={search.cursor ? t("olderPage") : t("newestPage")}
          status={search.cursor ? t("olderPage") : t("newestPage")}
          back={search.cursor ? { href: PAGE, label: t("newest") } : undefined}
          next={
            failed.nextCursor
              ? { href: `${PAGE}?cursor=${encodeURIComponent(failed.nextCursor)}`, label: t("older") }
              : undefined
          }
        />
      </div>
    </div>
  );
}
