import { z } from "zod";
import { CATEGORIES } from "@/lib/order-milestones";
import { CAMPAIGN_FIELD } from "./routing-fields";
export * from "./routing-fields";

// Settings → Lead routing and API keys: which team owns a product category, a campaign and an
// API key (server/routing/signal-team.ts). Every select sends a team id or "" for "no team".

const teamOrNone = z.union([z.literal("").transform(() => null), z.uuid()], { error: "team" });

/** One field per category, named after it ("CAR", "BUILDING_MATERIALS"…): the whole table at once. */
export const categoryTeamsSchema = z.object(
  Object.fromEntries(CATEGORIES.map((c) => [c, teamOrNone])) as Record<(typeof CATEGORIES)[number], typeof teamOrNone>,
);
export type CategoryTeamsInput = z.infer<typeof categoryTeamsSchema>;

/** The campaign form: "campaign:<id>" → team, a field per campaign listed. */
export const campaignTeamsSchema = z.array(z.object({ campaignId: z.uuid(), teamId: teamOrNone })).max(200);
export type CampaignTeamsInput = z.infer<typeof campaignTeamsSchema>;

export const apiKeyTeamSchema = z.object({ keyId: z.uuid({ error: "notFound" }), teamId: teamOrNone });
export type ApiKeyTeamInput = z.infer<typeof apiKeyTeamSchema>;

export const readCategoryTeams = (formData: FormData) =>
  Object.fromEntries(CATEGORIES.map((c) => [c, formData.get(c) ?? ""]));

export const readCampaignTeams = (formData: FormData) =>
  [...formData.entries()]
    .filter(([name]) => name.startsWith(CAMPAIGN_FIELD))
    .map(([name, value]) => ({ campaignId: name.slice(CAMPAIGN_FIELD.length), teamId: value }));

export const readApiKeyTeam = (formData: FormData) => ({
  keyId: formData.get("keyId"),
  teamId: formData.get("teamId") ?? "",
});
