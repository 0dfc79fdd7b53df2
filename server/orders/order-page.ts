import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import { pointsForOrder, type LoyaltyTierName } from "@/lib/loyalty";
import {
  timelineSteps,
  type CategoryName,
  type FulfilmentName,
  type Milestone,
  type TimelineStep,
} from "@/lib/order-milestones";
import type { AppSession } from "@/server/auth/session";
import { orderWhere } from "@/server/access/order";
import { isId } from "@/server/access/sql";
import { QUESTION_SOURCE } from "./question-service";

// Everything the customer's order page shows, in two rounds of indexed reads:
// the order (scoped to the signed-in customer) with the customer's loyalty, then
// its history, questions and the content for where it is now. Internal notes,
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
/** The customer's question, and the kinds a logged follow-up (our answer) can have. */
const THREAD_KINDS = ["ORDER_QUESTION", "EMAIL", "CALL", "SMS", "CHAT_MESSAGE", "MEETING"] as (
  "ORDER_QUESTION" | "EMAIL" | "CALL" | "SMS" | "CHAT_MESSAGE" | "MEETING"
)[];

export async function getMyOrderPage(
  db: PrismaClient,
  session: AppSession,
  orderId: string,
  locale: "nb" | "da" | "en",
): Promise<MyOrderPage | null> {
  // The portal is the customer's own page; staff read orders on the staff order page.
  if (!isId(orderId) || session.role !== "CUSTOMER" || !session.customerId) return null;
  const [order, customer] = await Promise.all([
    db.order.findFirst({
      where: { AND: [{ id: orderId }, orderWhere(session)] },
      select: {
        id: true,
        number: true,
        product: true,
        category: true,
        milestone: true,
        fulfilment: true,
        currency: true,
        totalMinor: true,
        placedAt: true,
        promisedDeliveryAt: true,
        expectedDeliveryAt: true,
        deliveredAt: true,
      },
    }),
    // The signed-in customer's own record, read beside the order (a relation select costs a join).
    db.customer.findUnique({ where: { id: session.customerId }, select: { loyaltyTier: true, loyaltyPoints: true } }),
  ]);
  if (!order || !customer) return null;
  const [events, messages, content] = await Promise.all([
    db.orderEvent.findMany({
      where: { orderId: order.id },
      orderBy: { occurredAt: "asc" },
      take: HISTORY_LIMIT,
      select: { kind: true, milestone: true, fromDate: true, toDate: true, reason: true, occurredAt: true },
    }),
    // Questions asked on this page and the answers staff wrote to them (follow-ups filed on the
    // order); narrowed in code below, since an order has few touchpoints of these kinds.
    db.touchpoint.findMany({
      where: { orderId: order.id, kind: { in: THREAD_KINDS } },
      orderBy: { occurredAt: "desc" },
      take: THREAD_LIMIT,
      select: {
        id: true,
        occurredAt: true,
        direction: true,
        kind: true,
        externalId: true,
        summary: true,
        followUp: { select: { note: true } },
      },
    }),
    db.milestoneContent.findMany({
      where: { category: order.category, milestone: order.milestone, locale },
      orderBy: [{ position: "asc" }, { createdAt: "asc" }],
      take: CONTENT_LIMIT,
      select: { id: true, title: true, body: true, linkUrl: true },
    }),
  ]);
  const reached = events.flatMap((e) =>
    e.kind === "MILESTONE" && e.milestone ? [{ milestone: e.milestone, at: e.occurredAt }] : [],
  );
  if (!reached.some((r) => r.milestone === "PLACED")) reached.unshift({ milestone: "PLACED", at: order.placedAt });
  const thread = messages.filter((m) =>
    m.direction === "INBOUND"
      ? m.kind === "ORDER_QUESTION" && (m.externalId?.startsWith(QUESTION_SOURCE) ?? false)
      : m.followUp !== null,
  );
  return {
    ...order,
    steps: timelineSteps(order.milestone, order.category, order.fulfilment, reached),
    dateMoves: events
      .filter((e) => e.kind === "DATE_CHANGE")
      .map((e) => ({ at: e.occurredAt, from: e.fromDate, to: e.toDate, reason: e.reason }))
      .reverse(),
    content,
    thread: thread.reverse().map((m) => ({
      id: m.id,
      at: m.occurredAt,
      from: m.direction === "INBOUND" ? "customer" : "staff",
      text: m.direction === "INBOUND" ? m.summary : (m.followUp?.note ?? ""),
    })),
    loyalty: {
      tier: customer.loyaltyTier,
      balance: customer.loyaltyPoints,
      orderPoints: order.milestone === "CANCELLED" ? 0 : pointsForOrder(order.totalMinor, order.currency),
    },
  };
}
