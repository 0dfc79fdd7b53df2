import type { GlobalSearchResult } from "@/lib/search/result";

// The dialog's answer as one list of options in the order they are shown, so the arrow keys walk
// the groups top to bottom and Enter opens the highlighted one. Pure, for the dialog and its test.

export type SearchOption =
  | {
      key: string;
      group: "customers";
      kind: "customer";
      href: string;
      row: GlobalSearchResult["customers"]["rows"][number];
    }
  | { key: string; group: "leads"; kind: "lead"; href: string; row: GlobalSearchResult["leads"]["rows"][number] }
  | { key: string; group: "orders"; kind: "order"; href: string; row: GlobalSearchResult["orders"]["rows"][number] }
  | { key: string; group: "customers" | "leads"; kind: "seeAll"; href: string };

export const SEARCH_GROUPS = ["customers", "leads", "orders"] as const;

export function searchOptions(result: GlobalSearchResult, q: string): SearchOption[] {
  const query = encodeURIComponent(q);
  return [
    ...result.customers.rows.map((row): SearchOption => ({
      key: `c:${row.id}`,
      group: "customers",
      kind: "customer",
      href: `/customers/${row.id}`,
      row,
    })),
    // The customer list has the same search, so its "see all" shows exactly these and the rest.
    ...(result.customers.more
      ? [{ key: "c:all", group: "customers", kind: "seeAll", href: `/customers?q=${query}` } as const]
      : []),
    ...result.leads.rows.map((row): SearchOption => ({
      key: `l:${row.id}`,
      group: "leads",
      kind: "lead",
      href: `/leads/${row.id}`,
      row,
    })),
    ...(result.leads.more
      ? [{ key: "l:all", group: "leads", kind: "seeAll", href: `/leads?q=${query}` } as const]
      : []),
    ...result.orders.rows.map((row): SearchOption => ({
      key: `o:${row.id}`,
      group: "orders",
      kind: "order",
      href: `/customers/${row.customerId}/orders/${row.id}`,
      row,
    })),
  ];
}
