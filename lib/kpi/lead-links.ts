import { DEFAULT_LEAD_FILTERS, leadFiltersToSearch, type LeadChannel, type OpenStage } from "@/lib/validation/lead-filters";
import type { DashboardFilters } from "./filters";

// Click-throughs from a chart to the lead list, in the list's own URL format
// (lib/validation/lead-filters.ts). The list shows open leads only and knows
// no campaign or team, so a link carries what the list can filter on: the
// stage, the channel, the rep ("mine" for a sales rep). Closed stages (WON)
// have no link.

export type LeadLinkPatch = { stage?: OpenStage; channel?: string | null; overdue?: boolean };

export function leadListHref(f: DashboardFilters, role: "MANAGER" | "SALES", patch: LeadLinkPatch = {}): string {
  const channel = (patch.channel ?? f.channel ?? undefined) as LeadChannel | undefined;
  const search = leadFiltersToSearch(DEFAULT_LEAD_FILTERS, {
    ...(role === "SALES" ? { scope: "mine" as const } : f.repId ? { rep: f.repId } : {}),
    stage: patch.stage ? [patch.stage] : [],
    channel,
    overdue: patch.overdue ?? false,
  });
  return `/leads${search}`;
}
