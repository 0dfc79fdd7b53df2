import { CATEGORY_WEIGHTS, type Product, TOPICS, type TeamKey, type Topic, productsIn } from "./catalog";
import { pickRep } from "./context";
import type { CustomerDraft } from "./customer-draft";
import type { OrderSpec } from "./order-builder";
import type { ClockState } from "./response-clock";
import type { Channel, ProductCategory, Readiness } from "./rows";

// The decisions behind one lead, made before any row is written. Random leads
// and the scripted demo leads (spotlight.ts) go through the same builder.

export type LeadState = "NEW" | "CONTACTED" | "QUALIFIED" | "PROPOSAL" | "CLOSED";

export interface LeadPlan {
  state: LeadState;
  product: Product;
  topic: Topic;
  channel: Channel;
  ownerId: string | null;
  /** Decided from the outcome for closed leads. */
  readiness: Readiness | null;
  /** Waiting on us right now: with the SLA breached or still running. */
  clock: ClockState | null;
  /** Where an answered lead's customer wrote again (drawn when absent). */
  waitChannel?: Channel;
  /** Exact minutes the customer has waited (scripted leads). */
  waitedMinutes?: number;
  /** Closed leads: forced outcome; otherwise the conversion model decides. */
  outcome?: "WON" | "LOST";
  /** Closed leads: days between closing and now (scripted leads). */
  closedDaysAgo?: number;
  order?: Partial<Omit<OrderSpec, "product" | "leadId" | "ownerId">>;
}

const CHANNELS: Record<TeamKey, readonly (readonly [Channel, number])[]> = {
  car: [
    ["WEB", 20],
    ["CHAT", 18],
    ["PHONE", 14],
    ["STORE", 12],
    ["EMAIL", 8],
    ["CAMPAIGN", 7],
    ["MOBILE", 6],
    ["PARTNER", 5],
    ["EVENT", 4],
    ["SOCIAL", 4],
    ["SMS", 2],
  ],
  build: [
    ["WEB", 22],
    ["STORE", 18],
    ["CHAT", 14],
    ["PHONE", 12],
    ["EMAIL", 9],
    ["CAMPAIGN", 6],
    ["MOBILE", 6],
    ["SOCIAL", 6],
    ["PARTNER", 4],
    ["EVENT", 2],
    ["SMS", 1],
  ],
};

export function pickProduct(d: CustomerDraft, category?: ProductCategory): Product {
  return d.rng.pick(productsIn(category ?? d.rng.weighted(CATEGORY_WEIGHTS[d.team])));
}

export function pickTopic(d: CustomerDraft, product: Product): Topic {
  return d.rng.weighted(TOPICS[product.category]);
}

/** Most leads go to the customer's own salesperson; new ones often wait in the shared queue. */
function pickOwner(d: CustomerDraft, state: LeadState): string | null {
  const { rng } = d;
  if (state === "NEW" && rng.chance(0.45)) return null;
  if (state !== "NEW" && rng.chance(0.02)) return null;
  if (d.ownerId && rng.chance(0.75)) return d.ownerId;
  return pickRep(rng, d.ctx, d.team).id;
}

export function randomLeadPlan(d: CustomerDraft): LeadPlan {
  const { rng } = d;
  const open = d.ctx.plan.openLeadShare;
  const state = rng.weighted<LeadState>([
    ["NEW", 7 * open],
    ["CONTACTED", 10 * open],
    ["QUALIFIED", 8 * open],
    ["PROPOSAL", 6 * open],
    ["CLOSED", 69],
  ]);
  const product = pickProduct(d);
  const plan: LeadPlan = {
    state,
    product,
    topic: pickTopic(d, product),
    channel: rng.weighted(CHANNELS[d.team]),
    ownerId: pickOwner(d, state),
    readiness: null,
    clock: null,
  };
  if (state === "NEW") {
    plan.readiness = rng.chance(0.35) ? "HOT" : "WARM";
    plan.clock = rng.chance(0.45) ? "breached" : "due";
  } else if (state !== "CLOSED") {
    // Slow-trackers: engaged for months, low intent, nobody waiting on an answer.
    plan.readiness =
      state === "PROPOSAL"
        ? rng.weighted<Readiness>([
            ["HOT", 55],
            ["WARM", 45],
          ])
        : rng.weighted<Readiness>([
            ["SLOW", 30],
            ["WARM", 45],
            ["HOT", 25],
          ]);
    if (plan.readiness !== "SLOW" && rng.chance(0.12)) plan.clock = rng.chance(0.35) ? "breached" : "due";
  }
  return plan;
}
