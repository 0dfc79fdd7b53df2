import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requireStaff } from "@/server/auth/session";
import { getLeadSummary } from "@/server/leads/summary-queries";
import { findFilterNames, findLeads } from "@/server/leads/list-queries";
import { listSegments } from "@/server/customers/segments";
import { BulkRunProvider } from "@/components/list/bulk-bar";
import { PAGE_SIZE } from "@/lib/validation/lead-filter-options";
import { leadFiltersToSearch } from "@/lib/validation/lead-filters-url";
import { parseLeadFilters } from "@/lib/validation/lead-filters";
import { PageHeader } from "@/components/shell/page-header";
import { ListPager } from "@/components/list/list-pager";
import { ListResults } from "@/components/list/list-url-state";
import { LeadFilterBar } from "@/components/leads/lead-filter-bar";
import { LeadFilterChips } from "@/components/leads/lead-filter-chips";
import { LeadListEmpty } from "@/components/leads/lead-list-empty";
import { LeadListState } from "@/components/leads/lead-list-state";
import { LeadSummaryLine } from "@/components/leads/lead-summary-line";
import { LeadTable } from "@/components/leads/lead-table";
import { LeadViewTabs } from "@/components/leads/lead-view-tabs";
import { NewLeadsIndicator } from "@/components/leads/new-leads-indicator";
import { packRows } from "@/lib/packed-rows";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("leadList"))("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function LeadsPage({ searchParams }: Props) {
  const session = await requireStaff();
  // Bad or stale params fall back to defaults inside the schema: this page never 500s on a URL.
  const filters = parseLeadFilters(await searchParams);
  const now = new Date();
  const [t, page, summary, names, segments] = await Promise.all([
    getTranslations("leadList"),
    findLeads(session, filters, now),
    getLeadSummary(session, now),
    findFilterNames(session, filters),
    listSegments(session),
  ]);
  // The bulk bar adds leads' customers only to the user's own segments (the segment rule's write).
  const bulk = {
    me: session.userId,
    isManager: session.role === "MANAGER",
    segments: segments.filter((s) => s.mine).map((s) => ({ id: s.id, name: s.name })),
  };
  return (
    <LeadListState filters={filters}>
      <PageHeader
        title={t("title")}
        description={t(filters.reverse ? `orderReversed.${filters.sort}` : `order.${filters.sort}`)}
        actions={<NewLeadsIndicator since={now.toISOString()} />}
      />
      <div className="flex flex-col gap-4">
        <LeadSummaryLine summary={summary} isManager={session.role === "MANAGER"} />
        <LeadViewTabs filters={filters} />
        <LeadFilterBar repName={names.rep} isManager={session.role === "MANAGER"} />
        <LeadFilterChips filters={filters} names={names} />
        <BulkRunProvider>
          <ListResults updatingLabel={t("filters.updating")}>
            {page.rows.length ? (
              // A new page or filter starts at the top of the table's own scroll area; a refresh keeps it.
              <LeadTable
                key={leadFiltersToSearch(filters, { cursor: filters.cursor })}
                rows={packRows(page.rows)}
                serverNow={now.toISOString()}
                bulk={bulk}
              />
            ) : (
              <LeadListEmpty filters={filters} />
            )}
          </ListResults>
        </BulkRunProvider>
        <ListPager
          label={t("pager.label")}
          back={filters.cursor ? { href: `/leads${leadFiltersToSearch(filters)}`, label: t("pager.first") } : undefined}
          next={
            page.nextCursor
              ? {
                  href: `/leads${leadFiltersToSearch(filters, { cursor: page.nextCursor })}`,
                  label: t("pager.next", { count: PAGE_SIZE }),
                }
              : undefined
          }
          end={t("pager.end")}
        />
      </div>
    </LeadListState>
  );
}
