import "server-only";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import type { DashboardFilters } from "@/lib/kpi/filters";
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
