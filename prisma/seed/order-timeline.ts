import type { Product } from "./catalog";
import type { Rng } from "./random";
import type { Fulfilment, OrderMilestone, ProductCategory } from "./rows";
import { DAY, HOUR } from "./time";

// When an order reaches each milestone. Made-to-order goods go through
// production, and that is where delivery dates slip: a slip is a DATE_CHANGE
// that pushes the expected date past the promised one.

export interface DateMove {
  at: number;
  from: number;
  to: number;
}

export interface OrderTimeline {
  /** The planned route to DELIVERED. */
  path: OrderMilestone[];
  /** When each milestone of `path` is (or will be) reached. */
  times: number[];
  /** Index in `path` of the last milestone reached by now (or by cancellation). */
  reached: number;
  cancelledAt: number | null;
  moves: DateMove[];
  promised: number;
  expected: number;
}

export function milestonePath(madeToOrder: boolean, fulfilment: Fulfilment): OrderMilestone[] {
  const path: OrderMilestone[] = ["PLACED", "CONFIRMED"];
  if (madeToOrder) path.push("IN_PRODUCTION");
  if (madeToOrder || fulfilment !== "PICKUP") path.push("SHIPPED");
  path.push(fulfilment === "HOME_DELIVERY" ? "OUT_FOR_DELIVERY" : "READY_FOR_PICKUP");
  path.push("DELIVERED");
  return path;
}

const PRODUCTION_DAYS: Record<ProductCategory, [number, number]> = {
  CAR: [30, 75],
  KITCHEN: [20, 42],
  BATHROOM: [10, 24],
  BUILDING_MATERIALS: [14, 30],
  TOOLS: [5, 10],
  GARDEN: [7, 14],
};

/** Days from reaching `from` to reaching the next milestone on the path. */
function stepDays(rng: Rng, from: OrderMilestone, product: Product, fulfilment: Fulfilment): number {
  switch (from) {
    case "PLACED":
      return rng.between(0.05, 1.5);
    case "CONFIRMED":
      if (product.madeToOrder) return rng.between(3, 15);
      return fulfilment === "PICKUP" ? rng.between(0.1, 2) : rng.between(0.5, 4);
    case "IN_PRODUCTION":
      return rng.between(...PRODUCTION_DAYS[product.category]);
    case "SHIPPED":
      return product.category === "CAR" ? rng.between(4, 12) : rng.between(1, 6);
    case "READY_FOR_PICKUP":
      return rng.between(0.3, 6);
    default:
      return rng.between(0.1, 0.4); // out for delivery → delivered the same day
  }
}

/** A date as people promise it: noon on the day (Oslo, roughly). */
const atNoon = (t: number) => Math.floor(t / DAY) * DAY + 11 * HOUR;

export interface TimelineInput {
  product: Product;
  fulfilment: Fulfilment;
  /** Days each slip adds; empty for an order delivered on time. */
  slips: number[];
  /** Either a fixed placing time, or the milestone the order should be at now. */
  placedAt?: number;
  milestone?: OrderMilestone;
  cancelAfterStep?: number | null;
}

export function buildTimeline(rng: Rng, now: number, historyStart: number, input: TimelineInput): OrderTimeline {
  const path = milestonePath(input.product.madeToOrder, input.fulfilment);
  const nominal = path.slice(0, -1).map((m) => stepDays(rng, m, input.product, input.fulfilment) * DAY);
  const slipStep = path.indexOf(input.product.madeToOrder ? "IN_PRODUCTION" : "CONFIRMED");
  const actual = nominal.slice();
  actual[slipStep] += input.slips.reduce((a, b) => a + b, 0) * DAY;
  const total = actual.reduce((a, b) => a + b, 0);

  let placedAt = input.placedAt;
  const target = input.milestone;
  if (placedAt === undefined && target === "DELIVERED") {
    placedAt = rng.between(historyStart + 30 * DAY, Math.max(historyStart + 31 * DAY, now - total - 2 * HOUR));
  } else if (placedAt === undefined && target && target !== "CANCELLED") {
    const k = Math.max(0, path.indexOf(target));
    placedAt = now - actual.slice(0, k).reduce((a, b) => a + b, 0) - actual[k] * rng.between(0.05, 0.95);
  } else if (placedAt === undefined) {
    placedAt = rng.between(historyStart + 30 * DAY, now - 3 * DAY);
  }

  const times = [placedAt];
  for (const step of actual) times.push(times[times.length - 1] + step);

  let cancelledAt: number | null = null;
  const cancelStep =
    target === "CANCELLED"
      ? (input.cancelAfterStep ?? rng.int(0, Math.min(2, path.length - 2)))
      : input.cancelAfterStep;
  if (cancelStep !== null && cancelStep !== undefined) {
    const at = times[cancelStep] + rng.between(0.3, 6) * DAY;
    cancelledAt = target === "CANCELLED" ? Math.min(at, now - HOUR) : at <= now ? at : null;
  }
  const horizon = cancelledAt ?? now;
  let reached = 0;
  while (reached + 1 < path.length && times[reached + 1] <= horizon) reached++;

  // Slips are known once the slipping step has begun; spread them over its visible part.
  const promised = atNoon(placedAt + nominal.reduce((a, b) => a + b, 0));
  const moves: DateMove[] = [];
  if (reached >= slipStep && input.slips.length) {
    const start = times[slipStep];
    const end = Math.min(times[slipStep + 1], horizon);
    let from = promised;
    input.slips.forEach((days, j) => {
      const to = from + Math.round(days) * DAY;
      moves.push({ at: start + ((j + 1) / (input.slips.length + 1)) * (end - start), from, to });
      from = to;
    });
  }
  const expected = moves.length ? moves[moves.length - 1].to : promised;
  return { path, times, reached, cancelledAt, moves, promised, expected };
}
