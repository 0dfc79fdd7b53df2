import { PARTNERS, type Product } from "./catalog";
import { type CustomerDraft, type TouchpointInput, actorFor, addTouchpoint, text } from "./customer-draft";
import type { OrderTimeline } from "./order-timeline";
import { AFTER_TEXT, ORDER_TEXT, REVIEWS } from "./phrases-orders";
import type { Rng } from "./random";
import type { Channel, Fulfilment, OrderMilestone, OrderRow } from "./rows";
import { DAY, HOUR, formatDay } from "./time";

// What the customer's timeline shows around an order: the order itself, the
// updates we sent, their "when will it arrive?" when a date slips, delivery,
// and what happened after (installation, service, reviews).

const FULFILMENT: Record<Product["category"], readonly (readonly [Fulfilment, number])[]> = {
  CAR: [
    ["PICKUP", 70],
    ["HOME_DELIVERY", 30],
  ],
  KITCHEN: [
    ["HOME_DELIVERY", 85],
    ["SHIP_TO_STORE", 15],
  ],
  BATHROOM: [
    ["HOME_DELIVERY", 85],
    ["SHIP_TO_STORE", 15],
  ],
  BUILDING_MATERIALS: [
    ["HOME_DELIVERY", 60],
    ["PICKUP", 25],
    ["SHIP_TO_STORE", 15],
  ],
  TOOLS: [
    ["PICKUP", 60],
    ["SHIP_TO_STORE", 25],
    ["HOME_DELIVERY", 15],
  ],
  GARDEN: [
    ["HOME_DELIVERY", 45],
    ["PICKUP", 40],
    ["SHIP_TO_STORE", 15],
  ],
};

/** A fulfilment that fits the product and, if given, the milestone the order must be able to reach. */
export function pickFulfilment(rng: Rng, product: Product, milestone?: OrderMilestone): Fulfilment {
  if (milestone === "OUT_FOR_DELIVERY") return "HOME_DELIVERY";
  if (milestone === "READY_FOR_PICKUP") {
    return product.category === "CAR" || (!product.madeToOrder && rng.chance(0.5)) ? "PICKUP" : "SHIP_TO_STORE";
  }
  return rng.weighted(FULFILMENT[product.category]);
}

const UPDATE_TEXT: Partial<Record<OrderMilestone, [Channel, keyof typeof ORDER_TEXT]>> = {
  CONFIRMED: ["EMAIL", "confirmed"],
  IN_PRODUCTION: ["EMAIL", "production"],
  SHIPPED: ["SMS", "shipped"],
  READY_FOR_PICKUP: ["SMS", "ready"],
  OUT_FOR_DELIVERY: ["SMS", "out"],
};

export function orderTouchpoints(
  d: CustomerDraft,
  order: OrderRow,
  timeline: OrderTimeline,
  o: { product: Product; reason: string; ownerId: string | null; leadId: string | null },
): void {
  const { rng, ctx } = d;
  const vars = { number: order.number, product: order.product, short: o.product.short[d.person.locale] };
  const base = {
    orderId: order.id,
    direction: "OUTBOUND",
    owner: "BRAND",
    phase: "DURING",
    stage: "DELIVERY",
  } as const;
  const placedVia: Channel =
    d.team === "car"
      ? "STORE"
      : rng.weighted([
          ["STORE", 50],
          ["WEB", 40],
          ["PHONE", 10],
        ]);
  addTouchpoint(d, {
    ...base,
    at: order.placedAt,
    channel: placedVia,
    direction: "INBOUND",
    owner: "CUSTOMER",
    kind: "ORDER_PLACED",
    stage: "PURCHASE",
    leadId: o.leadId,
    summary: text(d, ORDER_TEXT.placed, vars),
  });

  for (let i = 1; i <= timeline.reached; i++) {
    const milestone = timeline.path[i];
    const at = timeline.times[i];
    const update = UPDATE_TEXT[milestone];
    if (update) {
      addTouchpoint(d, {
        ...base,
        at,
        channel: update[0],
        kind: "ORDER_UPDATE",
        stage: milestone === "CONFIRMED" ? "PURCHASE" : "DELIVERY",
        summary: text(d, ORDER_TEXT[update[1]], vars),
      });
    } else if (milestone === "DELIVERED") {
      const home = order.fulfilment === "HOME_DELIVERY";
      addTouchpoint(d, {
        ...base,
        at,
        kind: "DELIVERY",
        channel: home ? "PARTNER" : "STORE",
        owner: home ? "PARTNER" : "BRAND",
        actorId: home ? null : actorFor(d, o.ownerId),
        summary: text(d, home ? ORDER_TEXT.delivered : ORDER_TEXT.pickedUp, {
          ...vars,
          carrier: PARTNERS[d.team].carrier,
        }),
      });
    }
  }

  // "When will it arrive?" follows a slipped date; some ask even when nothing slipped.
  const asks = timeline.moves.map((m) => m.at).filter(() => rng.chance(0.6));
  if (!timeline.moves.length && o.product.madeToOrder && order.milestone !== "DELIVERED" && rng.chance(0.15)) {
    asks.push(timeline.times[timeline.reached] + rng.between(0.2, 1) * (ctx.now - timeline.times[timeline.reached]));
  }
  for (const move of timeline.moves) {
    addTouchpoint(d, {
      ...base,
      at: move.at,
      channel: "EMAIL",
      kind: "ORDER_UPDATE",
      actorId: actorFor(d, o.ownerId),
      summary: text(d, ORDER_TEXT.dateChange, { ...vars, date: formatDay(move.to, d.person.locale), reason: o.reason }),
    });
  }
  for (const at of asks) {
    const askedAt = at + rng.between(2 * HOUR, 6 * DAY);
    if (askedAt > ctx.now) continue;
    addTouchpoint(d, {
      ...base,
      at: askedAt,
      channel: rng.weighted([
        ["CHAT", 50],
        ["PHONE", 30],
        ["EMAIL", 20],
      ]),
      direction: "INBOUND",
      owner: "CUSTOMER",
      kind: "ORDER_QUESTION",
      topic: "delivery_time",
      summary: text(d, ORDER_TEXT.question, vars),
    });
  }
  if (timeline.cancelledAt !== null) {
    addTouchpoint(d, {
      ...base,
      at: timeline.cancelledAt,
      channel: "EMAIL",
      kind: "ORDER_UPDATE",
      stage: "PURCHASE",
      actorId: actorFor(d, o.ownerId),
      summary: text(d, ORDER_TEXT.cancelled, vars),
    });
  }
  if (order.deliveredAt !== null) afterDelivery(d, order, o.product, timeline.moves.length > 0);
}

function afterDelivery(d: CustomerDraft, order: OrderRow, product: Product, slipped: boolean): void {
  const { rng, ctx } = d;
  const delivered = order.deliveredAt!;
  const short = product.short[d.person.locale];
  const after = { orderId: order.id, phase: "AFTER", stage: "USE" } as const;
  const add = (at: number, t: Omit<TouchpointInput, "at" | "phase" | "stage"> & Partial<TouchpointInput>) => {
    if (at <= ctx.now) addTouchpoint(d, { ...after, ...t, at });
  };
  const fitter = PARTNERS[d.team].fitter;
  if (product.madeToOrder && product.category !== "CAR") {
    add(delivered + rng.between(1, 10) * DAY, {
      channel: "PARTNER",
      direction: "OUTBOUND",
      owner: "PARTNER",
      kind: "SERVICE_VISIT",
      summary: text(d, AFTER_TEXT.installed, { fitter, short }),
    });
  }
  if (product.category === "CAR") {
    add(delivered + rng.between(150, 330) * DAY, {
      channel: "STORE",
      direction: "INBOUND",
      owner: "BRAND",
      kind: "SERVICE_VISIT",
      summary: text(d, AFTER_TEXT.firstService, { fitter, short }),
    });
  }
  if (rng.chance(0.28)) {
    // A slipped delivery costs stars.
    const stars = rng.weighted(
      slipped
        ? [
            [1, 6],
            [2, 30],
            [3, 34],
            [4, 20],
            [5, 10],
          ]
        : [
            [1, 2],
            [2, 3],
            [3, 10],
            [4, 35],
            [5, 50],
          ],
    );
    const at = delivered + rng.between(2, 25) * DAY;
    if (at <= ctx.now) d.reviews.push(at);
    add(at, {
      channel: "REVIEW",
      direction: "INBOUND",
      owner: "SOCIAL",
      kind: "REVIEW",
      stage: "LOYALTY",
      summary: text(d, AFTER_TEXT.review, { stars, text: text(d, REVIEWS[stars - 1]) }),
    });
  }
  if (rng.chance(0.1)) {
    add(delivered + rng.between(3, 40) * DAY, {
      channel: "SOCIAL",
      direction: "INBOUND",
      owner: "SOCIAL",
      kind: "SOCIAL_MENTION",
      stage: "LOYALTY",
      summary: text(d, AFTER_TEXT.sharedPhoto, { short }),
    });
  }
}
