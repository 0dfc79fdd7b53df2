import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requireStaff } from "@/server/auth/session";
import { getLeadSummary } from "@/server/leads/queries";
import { findFilterNames, findLeads, listSalesReps } from "@/server/leads/list-queries";
import { leadFiltersToSearch, parseLeadFilters } from "@/lib/validation/lead-filters";
import { PageHeader } from "@/components/shell/page-header";
import { LeadFilterBar } from "@/components/leads/lead-filters";
import { LeadFilterChips } from "@/components/leads/lead-filters-chips";
import { LeadListNavProvider, LeadListResults } from "@/components/leads/lead-filters-transition";
import { LeadViewTabs } from "@/components/leads/lead-filters-views";
import { LeadSummaryLine } from "@/components/leads/lead-table-summary";
import { LeadTable } from "@/components/leads/lead-table";
import { LeadTableEmpty } from "@/components/leads/lead-table-empty";
import { LeadTablePager } from "@/components/leads/lead-table-pager";
import { NewLeadsIndicator } from "@/components/leads/new-leads-indicator";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("leadList"))("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function LeadsPage({ searchParams }: Props) {
  const session = await requireStaff();
  // Bad or stale params fall back to defaults inside the schema: this page never 500s on a URL.
  const filters = parseLeadFilters(await searchParams);
  const now = new Date();
  const [t, page, summary, reps, names] = await Promise.all([
    getTranslations("leadList"),
    findLeads(session, filters, now),
    getLeadSummary(session, now),
    listSalesReps(session),
    findFilterNames(session, filters),
  ]);
  return (
    <LeadListNavProvider filters={filters}>
      <PageHeader title={t("title")} description={t("subtitle")} actions={<NewLeadsIndicator since={now.toISOString()} />} />
      <div className="flex flex-col gap-4">
        <LeadSummaryLine summary={summary} isManager={session.role === "MANAGER"} />
        <LeadViewTabs filters={filters} />
        <LeadFilterBar reps={reps} isManager={session.role === "MANAGER"} />
        <LeadFilterChips filters={filters} reps={reps} names={names} />
        <LeadListResults>
          {page.rows.length ? (
            // A new page or filter starts at the top of the table's own scroll area; a refresh keeps it.
            <LeadTable key={leadFiltersToSearch(filters, { cursor: filters.cursor })} rows={page.rows} serverNow={now.toISOString()} />
          ) : (
            <LeadTableEmpty filters={filters} />
          )}
        </LeadListResults>
        <LeadTablePager filters={filters} nextCursor={page.nextCursor} />
      </div>
    </LeadListNavProvider>
  );
}
