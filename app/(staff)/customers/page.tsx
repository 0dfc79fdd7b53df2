import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { requireStaff } from "@/server/auth/session";
import { findCustomers } from "@/server/customers/list-queries";
import { listSalesReps } from "@/server/leads/list-queries";
import { customerFiltersToSearch, parseCustomerFilters } from "@/lib/validation/customer-filters";
import { PageHeader } from "@/components/shell/page-header";
import { CustomerFilterBar } from "@/components/customers/list-filters";
import { CustomerFilterChips } from "@/components/customers/list-chips";
import { CustomerListEmpty } from "@/components/customers/list-empty";
import { CustomerListNavProvider, CustomerListResults } from "@/components/customers/list-nav";
import { CustomerListPager } from "@/components/customers/list-pager";
import { CustomerCountLine } from "@/components/customers/list-summary";
import { CustomerTable } from "@/components/customers/list-table";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("customerList"))("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function CustomersPage({ searchParams }: Props) {
  const session = await requireStaff();
  // Bad or stale params fall back to defaults inside the schema: this page never 500s on a URL.
  const filters = parseCustomerFilters(await searchParams);
  const now = new Date();
  const isManager = session.role === "MANAGER";
  const [t, page, reps] = await Promise.all([getTranslations("customerList"), findCustomers(session, filters, now), listSalesReps(session)]);
  return (
    <CustomerListNavProvider filters={filters}>
      <PageHeader title={t("title")} description={t("subtitle")} />
      <div className="flex flex-col gap-4">
        <CustomerFilterBar reps={reps} isManager={isManager} />
        <CustomerFilterChips filters={filters} reps={reps} />
        <CustomerListResults>
          <div className="flex flex-col gap-3">
            <CustomerCountLine total={page.total} isManager={isManager} />
            {page.rows.length ? (
              // A new page or filter starts at the top of the table's own scroll area.
              <CustomerTable key={customerFiltersToSearch(filters, { cursor: filters.cursor })} rows={page.rows} now={now.toISOString()} />
            ) : (
              <CustomerListEmpty filters={filters} canImport={isManager} />
            )}
          </div>
        </CustomerListResults>
        <CustomerListPager filters={filters} nextCursor={page.nextCursor} />
      </div>
    </CustomerListNavProvider>
  );
}
