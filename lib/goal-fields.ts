// The three figures a goal may set, in the order the forms, the card and the e-mail show them.
// Zod-free, so client components may import it.
export const GOAL_FIELDS = ["answeredWithinSla", "wonDeals", "wonValue"] as const;
export type GoalField = (typeof GOAL_FIELDS)[number];
