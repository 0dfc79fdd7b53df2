import type { Metadata } from "next";
import { BulkRunProvider } from "@/components/list/bulk-bar";
import { getTranslations } from "next-intl/server";
import { requireStaff } from "@/server/auth/session";
import { findCustomers } from "@/server/customers/list-queries";
import { getSegment, listSegments } from "@/server/customers/segments";
import { segmentAudience } from "@/lib/segment-audience";
import { findRepName } from "@/server/users/rep-queries";
import { CUSTOMER_PAGE_SIZE } from "@/lib/validation/customer-filter-options";
import { customerFiltersToSearch } from "@/lib/validation/customer-filters-url";
import { parseCustomerFilters } from "@/lib/validation/customer-filters";
import { PageHeader } from "@/components/shell/page-header";
import { ListPager } from "@/components/list/list-pager";
import { ListResults } from "@/components/list/list-url-state";
import { CustomerCountLine } from "@/components/customers/customer-count-line";
import { CustomerFilterBar } from "@/components/customers/customer-filter-bar";
import { CustomerFilterChips } from "@/components/customers/customer-filter-chips";
import { CustomerListActions } from "@/components/customers/customer-list-actions";
import { CustomerListEmpty } from "@/components/customers/customer-list-empty";
import { CustomerListState } from "@/components/customers/customer-list-state";
import { CustomerTable } from "@/components/customers/customer-table";
import { SegmentBanner } from "@/components/customers/segment-banner";
import { SegmentMenu } from "@/components/customers/segment-menu";
import { packRows } from "@/lib/packed-rows";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("customerList"))("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function CustomersPage({ searchParams }: Props) {
  const session = await requireStaff();
  // Bad or stale params fall back to defaults inside the schema: this page never 500s on a URL.
  const asked = parseCustomerFilters(await searchParams);
  const now = new Date();
  const isManager = session.role === "MANAGER";
  const segment = await getSegment(session, asked.segment);
  // A segment the user may not open is ignored (not an error); a marketing segment's rule applies
  // even when its URL was edited by hand.
  const filters = segment
    ? { ...segmentAudience(asked, segment), members: segment.id }
    : { ...asked, segment: undefined };
  const [t, page, repName, segments] = await Promise.all([
    getTranslations("customerList"),
    findCustomers(session, filters, now),
    findRepName(session, filters.owner),
    listSegments(session),
  ]);
  const openSegment = segments.find((s) => s.id === segment?.id) ?? null;
  // The bulk bar adds customers only to the user's own segments (the segment rule's write).
  const bulk = {
    me: session.userId,
    isManager,
    segments: segments.filter((s) => s.mine).map((s) => ({ id: s.id, name: s.name })),
  };
  return (
    <CustomerListState filters={filters}>
      <PageHeader
        title={t("title")}
        description={t("subtitle")}
        actions={
          <div className="flex flex-wrap items-center gap-2">
            <SegmentMenu segments={segments} current={openSegment} />
            {isManager ? <CustomerListActions /> : null}
          </div>
        }
      />
      <div className="flex flex-col gap-4">
        {openSegment ? <SegmentBanner segment={openSegment} canSend={isManager} /> : null}
        <CustomerFilterBar repName={repName} isManager={isManager} />
        <CustomerFilterChips filters={filters} repName={repName} />
        <BulkRunProvider>
          <ListResults updatingLabel={t("filters.updating")}>
            <div className="flex flex-col gap-3">
              <CustomerCountLine total={page.total} isManager={isManager} />
              {page.rows.length ? (
                // A new page or filter starts at the top of the table's own scroll area.
                <CustomerTable
                  key={customerFiltersToSearch(filters, { cursor: filters.cursor })}
                  rows={packRows(page.rows)}
                  now={now.toISOString()}
                  bulk={bulk}
                />
              ) : (
                <CustomerListEmpty filters={filters} canImport={isManager} />
              )}
            </div>
          </ListResults>
        </BulkRunProvider>
        <ListPager
          label={t("pager.label")}
          back={
            filters.cursor
              ? { href: `/customers${customerFiltersToSearch(filters)}`, label: t("pager.first") }
              : undefined
          }
          next={
            page.nextCursor
              ? {
                  href: `/customers${customerFiltersToSearch(filters, { cursor: page.nextCursor })}`,
                  label: t("pager.next", { count: CUSTOMER_PAGE_SIZE }),
                }
              : undefined
          }
          end={t("pager.end")}
        />
      </div>
    </CustomerListState>
  );
}
