import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import { pointsForOrder, type LoyaltyTierName } from "@/lib/loyalty";
import { timelineSteps, type CategoryName, type FulfilmentName, type Milestone, type TimelineStep } from "@/lib/order-milestones";
import type { AppSession } from "@/server/auth/session";
import { GUID, customerOrderScope } from "./access";
import { QUESTION_SOURCE } from "./question-service";

// Everything the customer's order page shows, in two round trips: the order
// (scoped to the signed-in customer), then its history, questions and the
// content for where it is now, in parallel on indexed columns. Internal notes,
// margins and staff names are never selected.

export type DateMove = { at: Date; from: Date | null; to: Date | null; reason: string | null };
export type ThreadMessage = { id: string; at: Date; from: "customer" | "staff"; text: string };
export type ContentItem = { id: string; title: string; body: string; linkUrl: string | null };

export type MyOrderPage = {
  id: string;
  number: string;
  product: string;
  category: CategoryName;
  milestone: Milestone;
  fulfilment: FulfilmentName;
  currency: "NOK" | "DKK" | "EUR";
  totalMinor: number;
  placedAt: Date;
  promisedDeliveryAt: Date | null;
  expectedDeliveryAt: Date | null;
  deliveredAt: Date | null;
  steps: TimelineStep[];
  dateMoves: DateMove[];
  content: ContentItem[];
  thread: ThreadMessage[];
  loyalty: { tier: LoyaltyTierName; balance: number; orderPoints: number };
};

const HISTORY_LIMIT = 100;
const THREAD_LIMIT = 50;
const CONTENT_LIMIT = 6;

export async function getMyOrderPage(db: PrismaClient, session: AppSession, orderId: string, locale: "nb" | "da" | "en"): Promise<MyOrderPage | null> {
  if (!GUID.test(orderId)) return null;
  const order = await db.order.findFirst({
    where: { AND: [{ id: orderId }, customerOrderScope(session)] },
    select: {
      id: true, number: true, product: true, category: true, milestone: true, fulfilment: true, currency: true, totalMinor: true,
      placedAt: true, promisedDeliveryAt: true, expectedDeliveryAt: true, deliveredAt: true,
      customer: { select: { loyaltyTier: true, loyaltyPoints: true } },
    },
  });
  if (!order) return null;
  const [events, messages, content] = await Promise.all([
    db.orderEvent.findMany({
      where: { orderId: order.id },
      orderBy: { occurredAt: "asc" },
      take: HISTORY_LIMIT,
      select: { kind: true, milestone: true, fromDate: true, toDate: true, reason: true, occurredAt: true },
    }),
    // Questions asked on this page and the answers staff wrote to them.
    db.touchpoint.findMany({
      where: {
        orderId: order.id,
        OR: [
          { direction: "INBOUND", kind: "ORDER_QUESTION", externalId: { startsWith: QUESTION_SOURCE } },
          { direction: "OUTBOUND", followUp: { isNot: null } },
        ],
      },
      orderBy: { occurredAt: "desc" },
      take: THREAD_LIMIT,
      select: { id: true, occurredAt: true, direction: true, summary: true, followUp: { select: { note: true } } },
    }),
    db.milestoneContent.findMany({
      where: { category: order.category, milestone: order.milestone, locale },
      orderBy: [{ position: "asc" }, { createdAt: "asc" }],
      take: CONTENT_LIMIT,
      select: { id: true, title: true, body: true, linkUrl: true },
    }),
  ]);
  const reached = events.flatMap((e) => (e.kind === "MILESTONE" && e.milestone ? [{ milestone: e.milestone, at: e.occurredAt }] : []));
  if (!reached.some((r) => r.milestone === "PLACED")) reached.unshift({ milestone: "PLACED", at: order.placedAt });
  const { customer, ...rest } = order;
  return {
    ...rest,
    steps: timelineSteps(order.milestone, order.category, order.fulfilment, reached),
    dateMoves: events
      .filter((e) => e.kind === "DATE_CHANGE")
      .map((e) => ({ at: e.occurredAt, from: e.fromDate, to: e.toDate, reason: e.reason }))
      .reverse(),
    content,
    thread: messages.reverse().map((m) => ({
      id: m.id, at: m.occurredAt, from: m.direction === "INBOUND" ? "customer" : "staff",
      text: m.direction === "INBOUND" ? m.summary : (m.followUp?.note ?? ""),
    })),
    loyalty: {
      tier: customer.loyaltyTier, balance: customer.loyaltyPoints,
      orderPoints: order.milestone === "CANCELLED" ? 0 : pointsForOrder(order.totalMinor, order.currency),
    },
  };
}
