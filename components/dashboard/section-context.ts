import "server-only";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import type { DashboardFilters } from "@/lib/kpi/filters";
import { periodDays, previousPeriod } from "@/lib/kpi/previous-period";
import { REPORTING_TIME_ZONE } from "@/lib/kpi/reporting";
import { getDb } from "@/server/db";
import type { AppSession } from "@/server/auth/session";
import { dashboardFormat } from "./format";

export type SectionProps = { session: AppSession; filters: DashboardFilters; now: Date };

/** What every chart section needs besides its data: the database, strings and number formats. */
export async function sectionContext() {
  const [db, t, format, locale] = await Promise.all([
    getDb(),
    getTranslations("dashboard"),
    getFormatter(),
    getLocale(),
  ]);
  return { db, t, fmt: dashboardFormat(format, locale as "en" | "nb" | "da") };
}

/** The previous period of equal length (same filters), and its length in days for the cards' lines. */
export function previousOf(filters: DashboardFilters): { previous: DashboardFilters; days: number } {
  return { previous: previousPeriod(filters, REPORTING_TIME_ZONE), days: periodDays(filters) };
}
