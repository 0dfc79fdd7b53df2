import "server-only";
import { Prisma } from "@/generated/prisma/client";

/** A moment as a timestamptz literal parameter. */
export const ts = (at: Date) => Prisma.sql`${at.toISOString()}::timestamptz`;

/**
 * For the previous period's figures: what a card counts as of now (stale leads, follow-ups planned,
 * leads past their SLA, late orders, customers by tier) is the same in both periods, so the previous
 * period's call skips it and returns zeros there. The page read each of those twice (100k customers:
 * about 100 ms of SQL per dashboard). The cards compare totals only, so speed to lead and conversion
 * by source leave out their breakdowns (by rep, channel, week, campaign; attribution) too.
 */
export type PeriodOnly = { periodOnly?: boolean };
