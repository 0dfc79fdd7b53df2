import { type LeadChannel, type OpenStage } from "@/lib/validation/lead-filter-options";
import { leadFiltersToSearch } from "@/lib/validation/lead-filters-url";
import { DEFAULT_LEAD_FILTERS } from "@/lib/validation/lead-filters";
import type { DashboardFilters } from "./filters";

// Click-throughs from a dashboard figure to the lead list, in the list's own URL format
// (lib/validation/lead-filters.ts), opening exactly the leads the figure counts: the same owner
// scope (a rep's own leads; a manager's rep and team), channel and campaign, both readiness views
// (the figures count slow-trackers too), and what the figure is over:
// - a figure of leads created in the range (sources, a speed row): those leads, on the range's own
//   instants, whatever their outcome;
// - a figure about now (the open pipeline by stage, breaching now): open leads of any age.
// server/analytics/click-through.test.ts compares every linked figure with its list's count.

export type LeadLinkPatch = {
  stage?: OpenStage;
  channel?: string | null;
  campaign?: string | null;
  /** Open leads whose response promise has run out: "breaching now". */
  breach?: boolean;
  /** The leads created in the dashboard's range, open or closed. */
  created?: boolean;
};

export function leadListHref(f: DashboardFilters, role: "MANAGER" | "SALES", patch: LeadLinkPatch = {}): string {
  const channel = (patch.channel ?? f.channel ?? undefined) as LeadChannel | undefined;
  const manager = role === "MANAGER";
  const search = leadFiltersToSearch(DEFAULT_LEAD_FILTERS, {
    view: "all",
    ...(manager ? { rep: f.repId ?? undefined, team: f.teamId ?? undefined } : { scope: "mine" as const }),
    campaign: (patch.campaign ?? f.campaignId) || undefined,
    stage: patch.stage ? [patch.stage] : [],
    channel,
    breach: patch.breach ?? false,
    ...(patch.created ? { outcome: "all" as const, from: f.from.toISOString(), to: f.to.toISOString() } : {}),
  });
  return `/leads${search}`;
}
