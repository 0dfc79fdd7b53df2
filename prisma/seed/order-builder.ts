import { type Product, priceMinor } from "./catalog";
import { pickRep } from "./context";
import { type CustomerDraft, actorFor, text } from "./customer-draft";
import { pickFulfilment, orderTouchpoints } from "./order-touchpoints";
import { buildTimeline } from "./order-timeline";
import { DATE_CHANGE_REASONS, INTERNAL_NOTES } from "./phrases-orders";
import type { Fulfilment, OrderMilestone, OrderRow } from "./rows";

export interface OrderSpec {
  product: Product;
  /** Price in minor units; drawn from the product's range when absent. */
  totalMinor?: number;
  leadId?: string | null;
  ownerId: string | null;
  /** Time-derived: the order was placed then and has got as far as time allows… */
  placedAt?: number;
  /** …or milestone-first: it should be at this milestone now. */
  milestone?: OrderMilestone;
  fulfilment?: Fulfilment;
  /** Days each delivery-date slip adds; drawn when absent. */
  slips?: number[];
  slipReason?: number;
  /** Time-derived orders are sometimes cancelled; scripted ones can opt out. */
  canCancel?: boolean;
  /**
   * Scripted staff-only fields (an INTERNAL_NOTES index, a margin share), so tests can check they never reach the
   * portal.
   */
  internalNote?: number;
  marginShare?: number;
}

const MARGIN: Record<Product["category"], [number, number]> = {
  CAR: [0.05, 0.11],
  KITCHEN: [0.22, 0.34],
  BATHROOM: [0.2, 0.3],
  BUILDING_MATERIALS: [0.15, 0.25],
  TOOLS: [0.25, 0.38],
  GARDEN: [0.25, 0.4],
};

function drawSlips(d: CustomerDraft, product: Product): number[] {
  const { rng } = d;
  if (!rng.chance(product.madeToOrder ? 0.35 : 0.08)) return [];
  const range: [number, number] =
    product.category === "CAR"
      ? [7, 28]
      : product.category === "KITCHEN"
        ? [5, 21]
        : product.madeToOrder
          ? [4, 14]
          : [1, 7];
  return Array.from({ length: rng.chance(0.25) ? 2 : 1 }, () => rng.int(...range));
}

export function buildOrder(d: CustomerDraft, spec: OrderSpec): OrderRow {
  const { rng, ctx } = d;
  const { product } = spec;
  const fulfilment = spec.fulfilment ?? pickFulfilment(rng, product, spec.milestone);
  const slips = spec.slips ?? drawSlips(d, product);
  const timeline = buildTimeline(rng, ctx.now, ctx.historyStart, {
    product,
    fulfilment,
    slips,
    placedAt: spec.placedAt,
    milestone: spec.milestone,
    cancelAfterStep: spec.placedAt !== undefined && spec.canCancel !== false && rng.chance(0.04) ? rng.int(0, 2) : null,
  });
  const totalMinor = spec.totalMinor ?? priceMinor(rng.between(...product.priceNok), d.person.currency);
  const team = ctx.teams[d.team];
  const delivered = timeline.cancelledAt === null && timeline.path[timeline.reached] === "DELIVERED";
  const id = rng.uuid();
  const order: OrderRow = {
    id,
    number: `${team.orderPrefix}-${ctx.nextOrderNumber[d.team]++}`,
    customerId: d.id,
    leadId: spec.leadId ?? null,
    product: product.name[d.person.locale],
    category: product.category,
    totalMinor,
    currency: d.person.currency,
    milestone: timeline.cancelledAt !== null ? "CANCELLED" : timeline.path[timeline.reached],
    fulfilment,
    promisedDeliveryAt: timeline.promised,
    expectedDeliveryAt: timeline.expected,
    deliveredAt: delivered ? timeline.times[timeline.reached] : null,
    // Drawn even when scripted, so the random stream (and every later row) stays the same.
    internalNote: pick(rng.chance(0.3) ? text(d, rng.pick(INTERNAL_NOTES[d.team])) : null, spec.internalNote, (i) =>
      text(d, INTERNAL_NOTES[d.team][i]),
    ),
    marginMinor: pick(
      rng.chance(0.6) ? Math.round(totalMinor * rng.between(...MARGIN[product.category])) : null,
      spec.marginShare,
      (share) => Math.round(totalMinor * share),
    ),
    placedAt: Math.round(timeline.times[0]),
    version: 0,
    createdAt: Math.round(timeline.times[0]),
    updatedAt: Math.round(timeline.cancelledAt ?? timeline.times[timeline.reached]),
  };
  d.orders.push(order);

  // Milestone history; people confirm orders and move dates, the system logs the rest.
  const owner = spec.ownerId;
  for (let i = 0; i <= timeline.reached; i++) {
    const milestone = timeline.path[i];
    d.orderEvents.push({
      id: rng.uuid(),
      orderId: id,
      kind: "MILESTONE",
      milestone,
      fromDate: null,
      toDate: null,
      reason: null,
      actorId: milestone === "CONFIRMED" && owner ? owner : null,
      occurredAt: Math.round(timeline.times[i]),
    });
  }
  const reasonIndex =
    spec.slipReason ??
    rng.weighted([
      [0, 45],
      [1, 20],
      [2, 15],
      [3, 10],
      [4, 10],
    ]);
  const reason = text(d, DATE_CHANGE_REASONS[product.madeToOrder || reasonIndex !== 4 ? reasonIndex : 0]);
  for (const move of timeline.moves) {
    d.orderEvents.push({
      id: rng.uuid(),
      orderId: id,
      kind: "DATE_CHANGE",
      milestone: null,
      fromDate: move.from,
      toDate: move.to,
      reason,
      actorId: actorFor(d, owner),
      occurredAt: Math.round(move.at),
    });
  }
  if (timeline.cancelledAt !== null) {
    d.orderEvents.push({
      id: rng.uuid(),
      orderId: id,
      kind: "MILESTONE",
      milestone: "CANCELLED",
      fromDate: null,
      toDate: null,
      reason: null,
      actorId: actorFor(d, owner),
      occurredAt: Math.round(timeline.cancelledAt),
    });
  }

  orderTouchpoints(d, order, timeline, { product, reason, ownerId: owner, leadId: spec.leadId ?? null });
  if (delivered) d.deliveries.push({ order, at: order.deliveredAt! });
  return order;
}

/** A purchase without a lead: a walk-in at the store, a web order, a phone order. */
export function buildDirectOrder(d: CustomerDraft, product: Product): OrderRow {
  const milestone = d.rng.weighted<OrderMilestone>([
    ["DELIVERED", 60],
    ["CANCELLED", 5],
    ["PLACED", 5],
    ["CONFIRMED", 6],
    ["IN_PRODUCTION", 7],
    ["SHIPPED", 6],
    ["READY_FOR_PICKUP", 6],
    ["OUT_FOR_DELIVERY", 5],
  ]);
  const owner = d.ownerId ?? (d.rng.chance(0.5) ? pickRep(d.rng, d.ctx, d.team).id : null);
  const usable = milestone === "IN_PRODUCTION" && !product.madeToOrder ? "CONFIRMED" : milestone;
  return buildOrder(d, { product, ownerId: owner, milestone: usable });
}

const pick = <T, S>(drawn: T, scripted: S | undefined, make: (s: S) => T): T =>
  scripted === undefined ? drawn : make(scripted);
