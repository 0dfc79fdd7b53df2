import "server-only";
import {
  JourneyStage,
  type Channel,
  type Phase,
  type TouchpointKind,
  type TouchpointOwner,
} from "@/generated/prisma/enums";

// Where an ingested signal sits on the customer's journey. The source system
// only says what happened (kind, channel); phase, owner and stage follow from
// that and from what we know of the customer's orders.

export type OrderHistory = {
  /** An order placed and not yet delivered or cancelled. */
  open: boolean;
  /** Any order at all. */
  any: boolean;
};

const BROWSING: ReadonlySet<TouchpointKind> = new Set<TouchpointKind>([
  "PAGE_VIEW",
  "PRICE_CHECK",
  "BROCHURE_DOWNLOAD",
  "NEWSLETTER_CLICK",
  // Left in our own web shop's cart: like browsing, it happens on the brand's channel.
  "CART_ABANDONED",
]);

/**
 * Before, during or after a purchase. A customer with an order on its way is in
 * the middle of that purchase, whatever they ask. A customer whose orders are
 * all delivered and who asks about something new is BEFORE their next purchase;
 * only a review or a question about an order looks back at the last one.
 */
export function phaseFor(kind: TouchpointKind, orders: OrderHistory): Phase {
  if (orders.open) return "DURING";
  if (orders.any && (kind === "REVIEW" || kind === "ORDER_QUESTION")) return "AFTER";
  return "BEFORE";
}

/**
 * Who owns the touchpoint. A partner's referral belongs to the partner; reviews
 * and social media to "others"; browsing happens on our own channels (the brand),
 * as the seeded history records it; everything else the customer did directly.
 */
export function ownerFor(kind: TouchpointKind, channel: Channel): TouchpointOwner {
  if (channel === "PARTNER" || kind === "PARTNER_REFERRAL") return "PARTNER";
  if (channel === "SOCIAL" || channel === "REVIEW" || kind === "REVIEW" || kind === "SOCIAL_MENTION") return "SOCIAL";
  if (BROWSING.has(kind)) return "BRAND";
  return "CUSTOMER";
}

export function stageFor(kind: TouchpointKind, phase: Phase): JourneyStage {
  if (phase === "DURING") return kind === "ORDER_QUESTION" ? "DELIVERY" : "PURCHASE";
  if (phase === "AFTER") return "USE";
  // Noticing us is a need; looking closer or asking is research.
  if (kind === "PAGE_VIEW" || kind === "NEWSLETTER_CLICK" || kind === "SOCIAL_MENTION") return "NEED";
  return "RESEARCH";
}

const JOURNEY: readonly JourneyStage[] = Object.values(JourneyStage);

/** Customer.journeyStage is the furthest stage reached: a page view never moves a customer back. */
export function furthestStage(current: JourneyStage, reached: JourneyStage): JourneyStage {
  return JOURNEY.indexOf(reached) > JOURNEY.indexOf(current) ? reached : current;
}
