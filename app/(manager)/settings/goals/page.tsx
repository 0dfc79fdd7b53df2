import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { localIsoDate } from "@/lib/kpi/date-range";
import { REPORTING_TIME_ZONE } from "@/lib/kpi/reporting";
import { monthDate, nextMonth, previousMonth } from "@/lib/goals";
import { goalMonthParam } from "@/lib/validation/goals";
import { requireRole } from "@/server/auth/session";
import { getDb } from "@/server/db";
import { getGoalSettings } from "@/server/goals/queries";
import { PageHeader } from "@/components/shell/page-header";
import { SettingsNav } from "@/components/settings/settings-nav";
import { GoalRowForm } from "@/components/goals/goal-row-form";
import { buttonClasses } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { ChevronLeftIcon, ChevronRightIcon } from "@/components/ui/icons";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("goals"))("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

// Managers set each month's targets per team and per sales rep (server/goals/).
export default async function GoalsPage({ searchParams }: Props) {
  const session = await requireRole("MANAGER");
  const month = goalMonthParam((await searchParams).month, localIsoDate(new Date(), REPORTING_TIME_ZONE).slice(0, 7));
  const [ts, t, format, rows] = await Promise.all([
    getTranslations("settings"),
    getTranslations("goals"),
    getFormatter(),
    getDb().then((db) => getGoalSettings(db, session, month)),
  ]);
  if (!rows) notFound();
  const label = format.dateTime(monthDate(month), { month: "long", year: "numeric", timeZone: "UTC" });
  const groups = [
    { id: "teams", rows: rows.filter((r) => r.kind === "team") },
    { id: "reps", rows: rows.filter((r) => r.kind === "user") },
  ] as const;
  return (
    <div className="max-w-5xl">
      <PageHeader title={ts("title")} description={ts("subtitle")} />
      <SettingsNav current="goals" />
      <div className="flex flex-col gap-4">
        <div>
          <h2 className="text-lg font-semibold">{t("title")}</h2>
          <p className="mt-1 max-w-3xl text-sm text-ink-muted">{t("description")}</p>
        </div>
        <nav aria-label={t("month")} className="flex items-center gap-2">
          <Link
            href={`?month=${previousMonth(month)}`}
            className={buttonClasses("ghost", "sm")}
            aria-label={t("previousMonth")}
          >
            <ChevronLeftIcon className="size-4" />
          </Link>
          <p className="min-w-36 text-center text-sm font-medium text-ink" aria-live="polite" data-testid="goal-month">
            {label}
          </p>
          <Link
            href={`?month=${nextMonth(month)}`}
            className={buttonClasses("ghost", "sm")}
            aria-label={t("nextMonth")}
          >
            <ChevronRightIcon className="size-4" />
          </Link>
        </nav>
        {rows.length === 0 ? <p className="text-sm text-ink-muted">{t("empty")}</p> : null}
        {groups.map((group) =>
          group.rows.length ? (
            <section key={group.id} className="flex flex-col gap-2">
              <h3 className="text-sm font-semibold text-ink">{t(group.id)}</h3>
              <Card>
                <ul className="divide-y divide-line">
                  {group.rows.map((row) => (
                    <GoalRowForm key={`${month}-${row.kind}-${row.id}`} row={row} month={month} />
                  ))}
                </ul>
              </Card>
            </section>
          ) : null,
        )}
      </div>
    </div>
  );
}
