// Shared by the routing forms (client) and their schema (lib/validation/routing.ts), apart from
// zod so the forms do not carry it. The campaign form names each select "campaign:<id>".
export const CAMPAIGN_FIELD = "campaign:";
