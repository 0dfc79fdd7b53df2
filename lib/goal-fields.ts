// The three figures a goal may set, in the order the forms, the card and the e-mail show them.
// Zod-free, so client components may import it.
import { Currency } from "@/generated/prisma/enums";

export const GOAL_FIELDS = ["answeredWithinSla", "wonDeals", "wonValue"] as const;
export type GoalField = (typeof GOAL_FIELDS)[number];

/** The currencies a goal's won value may be in: every currency Reise keeps amounts in. */
export const GOAL_CURRENCIES = Object.values(Currency);
