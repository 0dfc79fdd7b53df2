import { z } from "zod";
import { Currency } from "@/generated/prisma/enums";
import { first } from "./url-param";

// Settings → Goals: a manager sets a month's targets for one rep or one team. A figure left empty
// has no target; all three empty removes the goal. Messages are keys of goals.errors.

export const GOAL_MAX = 1_000_000_000;
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

const target = z.preprocess(
  (v) => (typeof v === "string" ? v.replace(/[\s\u00a0]/g, "") : v),
  z.union([
    z.literal("").transform(() => null),
    z.coerce.number({ error: "notANumber" }).int("notWhole").min(0, "negative").max(GOAL_MAX, "tooLarge"),
  ]),
);

export const goalSchema = z.object({
  month: z.string().regex(MONTH, "formOutdated"),
  kind: z.enum(["user", "team"], { error: "formOutdated" }),
  targetId: z.guid({ error: "formOutdated" }),
  answeredWithinSla: target,
  wonDeals: target,
  wonValue: target,
  /**
   * The won value's currency: a Danish team's target is in kroner of Denmark. Missing (a form from
   * before the select, open across a deploy): the goal keeps the one it has, or NOK for a new goal.
   */
  currency: z.enum(Currency, { error: "formOutdated" }).optional(),
});

export type GoalInput = z.output<typeof goalSchema>;
export { GOAL_FIELDS, type GoalField } from "@/lib/goal-fields";

/** ?month=YYYY-MM on Settings → Goals; anything else is the current month. */
export function goalMonthParam(raw: string | string[] | undefined, fallback: string): string {
  const month = first(raw);
  return typeof month === "string" && MONTH.test(month) ? month : fallback;
}

export const weeklyReportSchema = z.object({
  enabled: z.preprocess((v) => v === "on" || v === "true" || v === true, z.boolean()),
});
