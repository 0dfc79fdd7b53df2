import { type LeadChannel, type OpenStage } from "@/lib/validation/lead-filter-options";
import { leadFiltersToSearch } from "@/lib/validation/lead-filters-url";
import { DEFAULT_LEAD_FILTERS } from "@/lib/validation/lead-filters";
import type { DashboardFilters } from "./filters";

// Click-throughs from a chart to the lead list, in the list's own URL format
// (lib/validation/lead-filters.ts): the stage, the channel, the campaign, and
// the rep or team a manager chose ("mine" for a sales rep). The list shows open
// leads only, so closed stages (WON) have no link.

export type LeadLinkPatch = { stage?: OpenStage; channel?: string | null; campaign?: string | null; overdue?: boolean };

export function leadListHref(f: DashboardFilters, role: "MANAGER" | "SALES", patch: LeadLinkPatch = {}): string {
  const channel = (patch.channel ?? f.channel ?? undefined) as LeadChannel | undefined;
  const search = leadFiltersToSearch(DEFAULT_LEAD_FILTERS, {
    ...(role === "SALES"
      ? { scope: "mine" as const }
      : f.repId
        ? { rep: f.repId }
        : f.teamId
          ? { team: f.teamId }
          : {}),
    campaign: (patch.campaign ?? f.campaignId) || undefined,
    stage: patch.stage ? [patch.stage] : [],
    channel,
    overdue: patch.overdue ?? false,
  });
  return `/leads${search}`;
}
