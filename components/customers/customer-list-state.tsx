"use client";

import type { ReactNode } from "react";
import { ListUrlStateProvider, useListUrlState } from "@/components/list/list-url-state";
import { customerFiltersToSearch } from "@/lib/validation/customer-filters-url";
import type { CustomerFilters } from "@/lib/validation/customer-filters";

// The customer list's URL state (components/list/list-url-state.tsx) with its filters and URL writer.

/**
 * Changing the filters by hand leaves the segment they came from (its name would be a lie);
 * changing only the sort keeps it.
 */
function next(shown: CustomerFilters, patch: Partial<CustomerFilters>): CustomerFilters {
  const keepsSegment = Object.keys(patch).every((k) => k === "sort");
  return { ...shown, cursor: undefined, ...(keepsSegment ? {} : { segment: undefined }), ...patch };
}

export function CustomerListState({ filters, children }: { filters: CustomerFilters; children: ReactNode }) {
  return (
    <ListUrlStateProvider filters={filters} toSearch={customerFiltersToSearch} next={next}>
      {children}
    </ListUrlStateProvider>
  );
}

export const useCustomerListState = () => useListUrlState<CustomerFilters>();
