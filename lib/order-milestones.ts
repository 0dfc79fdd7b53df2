import { Fulfilment, OrderMilestone, ProductCategory } from "@/generated/prisma/enums";

// The route an order takes, as the customer sees it. Made-to-order goods (cars,
// kitchens, bathrooms) go through production; a pickup of goods in stock is
// never shipped. CANCELLED ends an order at any step before delivery.

// The lists are Prisma's enums, in the schema's order (prisma/schema.prisma): the milestones' order
// there is the route's order.
export const MILESTONES = Object.values(OrderMilestone);
export type Milestone = (typeof MILESTONES)[number];
export const FULFILMENTS = Object.values(Fulfilment);
export type FulfilmentName = (typeof FULFILMENTS)[number];
export const CATEGORIES = Object.values(ProductCategory);
export type CategoryName = (typeof CATEGORIES)[number];

const MADE_TO_ORDER: ReadonlySet<CategoryName> = new Set(["CAR", "KITCHEN", "BATHROOM"]);

export const isFinished = (m: Milestone) => m === "DELIVERED" || m === "CANCELLED";

/** The planned steps from PLACED to DELIVERED for this kind of order. */
export function milestonePath(category: CategoryName, fulfilment: FulfilmentName): Milestone[] {
  const made = MADE_TO_ORDER.has(category);
  const path: Milestone[] = ["PLACED", "CONFIRMED"];
  if (made) path.push("IN_PRODUCTION");
  if (made || fulfilment !== "PICKUP") path.push("SHIPPED");
  path.push(fulfilment === "HOME_DELIVERY" ? "OUT_FOR_DELIVERY" : "READY_FOR_PICKUP");
  path.push("DELIVERED");
  return path;
}

/**
 * Where staff may move an order from `current`: any later step on its path (a
 * step may be skipped, e.g. a kitchen that was never "shipped" separately), or
 * cancelled. Nothing moves a delivered or cancelled order, and nothing goes back.
 */
export function nextMilestones(current: Milestone, category: CategoryName, fulfilment: FulfilmentName): Milestone[] {
  if (isFinished(current)) return [];
  const path = milestonePath(category, fulfilment);
  const at = path.indexOf(current);
  // An order at a step its path does not have (its fulfilment changed) may go to any step after the nearest one.
  const from = at >= 0 ? at : path.findIndex((m) => MILESTONES.indexOf(m) > MILESTONES.indexOf(current)) - 1;
  return [...path.slice(from + 1), "CANCELLED"];
}

export type TimelineStep = { milestone: Milestone; state: "done" | "current" | "upcoming"; at: Date | null };

/**
 * The customer's timeline: the steps of the order's path with when each was
 * reached. Steps that were skipped are left out once a later one is reached; a
 * cancelled order ends at "cancelled".
 */
export function timelineSteps(
  current: Milestone,
  category: CategoryName,
  fulfilment: FulfilmentName,
  reached: { milestone: Milestone; at: Date }[],
): TimelineStep[] {
  const when = new Map<Milestone, Date>();
  for (const r of reached) if (!when.has(r.milestone) || when.get(r.milestone)! > r.at) when.set(r.milestone, r.at);
  const path = milestonePath(category, fulfilment);
  if (!path.includes(current) && current !== "CANCELLED") path.splice(path.length - 1, 0, current);
  const currentIndex = current === "CANCELLED" ? -1 : path.indexOf(current);
  const steps: TimelineStep[] = [];
  path.forEach((milestone, i) => {
    if (current === "CANCELLED") {
      if (when.has(milestone) || milestone === "PLACED")
        steps.push({ milestone, state: "done", at: when.get(milestone) ?? null });
      return;
    }
    if (i < currentIndex) {
      if (when.has(milestone) || milestone === "PLACED")
        steps.push({ milestone, state: "done", at: when.get(milestone) ?? null });
    } else {
      steps.push({ milestone, state: i === currentIndex ? "current" : "upcoming", at: when.get(milestone) ?? null });
    }
  });
  if (current === "CANCELLED")
    steps.push({ milestone: "CANCELLED", state: "current", at: when.get("CANCELLED") ?? null });
  return steps;
}
