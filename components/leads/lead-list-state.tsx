"use client";

import type { ReactNode } from "react";
import { ListUrlStateProvider, useListUrlState } from "@/components/list/list-url-state";
import { leadFiltersToSearch } from "@/lib/validation/lead-filters-url";
import type { LeadFilters } from "@/lib/validation/lead-filters";

// The lead list's URL state (components/list/list-url-state.tsx) with its filters and URL writer.

export function LeadListState({ filters, children }: { filters: LeadFilters; children: ReactNode }) {
  return (
    <ListUrlStateProvider filters={filters} toSearch={leadFiltersToSearch}>
      {children}
    </ListUrlStateProvider>
  );
}

export const useLeadListState = () => useListUrlState<LeadFilters>();
