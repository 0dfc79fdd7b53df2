import type { CampaignInstance } from "./campaigns";
import type { CustomerDraft } from "./customer-draft";
import type { LeadPlan } from "./lead-plan";
import type { LeadStage, Readiness } from "./rows";
import { DAY, HOUR, MINUTE } from "./time";

// The smaller decisions about a lead: which campaign brought it, why it was
// lost, how it scores, and when the next follow-up is due.

export const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);

export function pickCampaign(d: CustomerDraft, plan: LeadPlan): CampaignInstance | null {
  const fits = d.ctx.campaigns.filter(
    (c) => c.categories.includes(plan.product.category) && c.startsAt < d.ctx.now - 3 * DAY,
  );
  return fits.length ? d.rng.pick(fits) : null;
}

export function lostReasonIndex(d: CustomerDraft, plan: LeadPlan, minutes: number | null): number {
  const { rng } = d;
  if (minutes === null || (minutes > 1440 && rng.chance(0.6))) return 0; // they went elsewhere
  if (plan.topic === "delivery_time" && rng.chance(0.45)) return 2;
  if (plan.topic === "financing" && rng.chance(0.4)) return 4;
  return rng.weighted([
    [0, 25],
    [1, 25],
    [2, 10],
    [3, 20],
    [4, 5],
    [5, 15],
  ]);
}

export function scoreFor(d: CustomerDraft, stage: LeadStage, readiness: Readiness): number {
  const { rng } = d;
  if (stage === "WON") return rng.int(60, 95);
  if (stage === "LOST") return rng.int(10, 55);
  return readiness === "HOT" ? rng.int(70, 97) : readiness === "WARM" ? rng.int(40, 72) : rng.int(8, 35);
}

/** Some follow-ups are due today, some overdue, most later; slow-trackers get weeks. */
export function nextFollowUp(d: CustomerDraft, readiness: Readiness, stageChangedAt: number): number | null {
  const { rng, ctx } = d;
  const { now } = ctx;
  const later = (lo: number, hi: number) => Math.round(now + rng.between(lo, hi) * DAY);
  if (readiness === "SLOW") return rng.chance(0.85) ? later(14, 75) : overdue();
  const kind = rng.weighted([
    ["today", 28],
    ["overdue", 27],
    ["later", 40],
    ["none", 5],
  ] as const);
  if (kind === "none") return null;
  if (kind === "today") return Math.round(ctx.todayStart + rng.between(8, 17) * HOUR);
  return kind === "later" ? later(1, 21) : overdue();

  function overdue(): number {
    const from = Math.max(stageChangedAt, now - 12 * DAY);
    return from < now - 10 * MINUTE ? Math.round(rng.between(from, now - 10 * MINUTE)) : later(1, 7);
  }
}
