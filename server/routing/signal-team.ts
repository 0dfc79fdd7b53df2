import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { ProductCategory } from "@/generated/prisma/enums";

// WHICH TEAM A SIGNAL BELONGS TO — the first that applies:
//   1. the team of the API key it came through (a store's own system speaks for that store), or
//      of the web form it was sent with (a store's own form on its own page),
//   2. the team of the campaign it answers,
//   3. the team that owns its product category (Settings → Lead routing),
//   4. the customer's own team.
// The most specific source wins: a key or a campaign is set up for one team on purpose, a
// category is a business-wide default, and the customer's team is only what we knew before.
// This is what keeps "a building-materials lead from the ingest API" away from the car sellers.

export type SignalSource = {
  apiKeyId?: string | null;
  formTeamId?: string | null;
  campaignId?: string | null;
  category?: ProductCategory | null;
};

export type TeamSource = "api_key" | "web_form" | "campaign" | "category" | "customer";
export type SignalTeam = { teamId: string; via: TeamSource } | null;

export async function teamForSignal(
  tx: Prisma.TransactionClient,
  source: SignalSource,
  customerTeamId: string | null,
): Promise<SignalTeam> {
  // One query at a time, and only as far as needed: a transaction is one connection.
  if (source.apiKeyId) {
    const key = await tx.apiKey.findUnique({ where: { id: source.apiKeyId }, select: { teamId: true } });
    if (key?.teamId) return { teamId: key.teamId, via: "api_key" };
  }
  if (source.formTeamId) return { teamId: source.formTeamId, via: "web_form" };
  if (source.campaignId) {
    const campaign = await tx.campaign.findUnique({ where: { id: source.campaignId }, select: { teamId: true } });
    if (campaign?.teamId) return { teamId: campaign.teamId, via: "campaign" };
  }
  if (source.category) {
    const owner = await tx.teamCategory.findUnique({ where: { category: source.category }, select: { teamId: true } });
    if (owner) return { teamId: owner.teamId, via: "category" };
  }
  return customerTeamId ? { teamId: customerTeamId, via: "customer" } : null;
}
