import { LeadStage } from "@/generated/prisma/enums";

// Which stages a lead can be in and which of them count as open. Prisma generates the stages
// (prisma/schema.prisma); nothing here spells them out again. Safe in the browser.

export const LEAD_STAGES = Object.values(LeadStage);

/**
 * A lead is open until it is won or lost. The work lists, the pipeline, a customer's "open lead"
 * and the partial indexes `Lead_open_*` (prisma/migrations) hold open leads only.
 */
export const OPEN_STAGES = [LeadStage.NEW, LeadStage.CONTACTED, LeadStage.QUALIFIED, LeadStage.PROPOSAL] as const;
export type OpenStage = (typeof OPEN_STAGES)[number];

/** The stages a lead passes on its way to a sale, in order: the conversion funnel. */
export const FUNNEL_STAGES = [...OPEN_STAGES, LeadStage.WON] as const;
export type FunnelStage = (typeof FUNNEL_STAGES)[number];
