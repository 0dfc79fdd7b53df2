import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requireStaff } from "@/server/auth/session";
import { findClosedLeads } from "@/server/leads/closed-queries";
import { findRepName } from "@/server/users/rep-queries";
import { CLOSED_PAGE_SIZE, closedFiltersActive, closedLeadFiltersToSearch } from "@/lib/validation/closed-lead-options";
import { parseClosedLeadFilters } from "@/lib/validation/closed-lead-filters";
import { parseLeadFilters } from "@/lib/validation/lead-filters";
import { PageHeader } from "@/components/shell/page-header";
import { ListEmpty } from "@/components/list/list-empty";
import { ListPager } from "@/components/list/list-pager";
import { ClosedLeadFiltersForm } from "@/components/leads/closed-lead-filters";
import { ClosedLeadTable } from "@/components/leads/closed-lead-table";
import { LeadViewTabs } from "@/components/leads/lead-view-tabs";
import { CheckCircleIcon } from "@/components/ui/icons";
import { packRows } from "@/lib/packed-rows";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("leadList.closed"))("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function ClosedLeadsPage({ searchParams }: Props) {
  const session = await requireStaff();
  // Bad or stale params fall back to "no filter" inside the schema: this page never 500s on a URL.
  const filters = parseClosedLeadFilters(await searchParams);
  const [t, page, ownerName] = await Promise.all([
    getTranslations("leadList"),
    findClosedLeads(session, filters),
    findRepName(session, filters.owner),
  ]);
  const narrowed = closedFiltersActive(filters);
  return (
    <>
      <PageHeader title={t("title")} description={t("closed.subtitle")} />
      <div className="flex flex-col gap-4">
        <LeadViewTabs filters={parseLeadFilters({})} current="closed" />
        <ClosedLeadFiltersForm filters={filters} isManager={session.role === "MANAGER"} ownerName={ownerName} />
        {page.rows.length ? (
          <ClosedLeadTable
            key={closedLeadFiltersToSearch(filters, { cursor: filters.cursor })}
            rows={packRows(page.rows)}
          />
        ) : (
          <ListEmpty
            narrowed={
              narrowed
                ? {
                    title: t("closed.emptyFilteredTitle"),
                    description: t("closed.emptyFilteredBody"),
                    clear: { href: "/leads/closed", label: t("closed.filters.clear") },
                  }
                : undefined
            }
            icon={<CheckCircleIcon />}
            title={t("closed.emptyTitle")}
            description={t("closed.emptyBody")}
          />
        )}
        <ListPager
          label={t("pager.label")}
          back={
            filters.cursor
              ? { href: `/leads/closed${closedLeadFiltersToSearch(filters)}`, label: t("pager.first") }
              : undefined
          }
          next={
            page.nextCursor
              ? {
                  href: `/leads/closed${closedLeadFiltersToSearch(filters, { cursor: page.nextCursor })}`,
                  label: t("pager.next", { count: CLOSED_PAGE_SIZE }),
                }
              : undefined
          }
          end={t("pager.end")}
        />
      </div>
    </>
  );
}
