import "server-only";
import type { Prisma, PrismaClient } from "@/generated/prisma/client";
import { nextMilestones, type Milestone } from "@/lib/order-milestones";
import type { AppSession } from "@/server/auth/session";
import { leadWhere } from "@/server/access/lead";
import { orderWhere } from "@/server/access/order";
import { isStaff } from "@/server/access/staff";
import { isId } from "@/server/access/sql";
import { QUESTION_SOURCE } from "./question-service";

// The staff order page: the order with its staff-only fields, its history, the
// touchpoints filed on it, and the open question (if any) to answer. The order rule
// (server/access/order.ts): the orders of the customers the reader may open; the
// customer id in the URL must match the order's.

const orderSelect = {
  id: true,
  number: true,
  product: true,
  category: true,
  milestone: true,
  fulfilment: true,
  currency: true,
  totalMinor: true,
  marginMinor: true,
  internalNote: true,
  placedAt: true,
  promisedDeliveryAt: true,
  expectedDeliveryAt: true,
  deliveredAt: true,
  version: true,
  customer: { select: { id: true, name: true, email: true, locale: true } },
} satisfies Prisma.OrderSelect;

const eventSelect = {
  id: true,
  kind: true,
  milestone: true,
  fromDate: true,
  toDate: true,
  reason: true,
  occurredAt: true,
  actor: { select: { name: true } },
} satisfies Prisma.OrderEventSelect;

const touchpointSelect = {
  id: true,
  occurredAt: true,
  direction: true,
  kind: true,
  channel: true,
  summary: true,
  externalId: true,
  leadId: true,
  actor: { select: { name: true } },
  followUp: { select: { note: true } },
} satisfies Prisma.TouchpointSelect;

export type StaffOrder = Prisma.OrderGetPayload<{ select: typeof orderSelect }> & {
  events: Prisma.OrderEventGetPayload<{ select: typeof eventSelect }>[];
  touchpoints: (Prisma.TouchpointGetPayload<{ select: typeof touchpointSelect }> & { fromPortal: boolean })[];
  next: Milestone[];
  /** The lead of the newest question asked on the portal, to file an answer on. */
  questionLead: { id: string; version: number; waitingSince: Date | null; owner: { name: string } | null } | null;
};

const TOUCHPOINTS = 40;

export async function getStaffOrder(
  db: PrismaClient,
  session: AppSession,
  customerId: string,
  orderId: string,
): Promise<StaffOrder | null> {
  if (!isStaff(session) || !isId(orderId) || !isId(customerId)) return null;
  const order = await db.order.findFirst({
    where: { AND: [{ id: orderId, customerId }, orderWhere(session)] },
    select: orderSelect,
  });
  if (!order) return null;
  const [events, touchpoints] = await Promise.all([
    db.orderEvent.findMany({ where: { orderId }, orderBy: { occurredAt: "desc" }, take: 100, select: eventSelect }),
    db.touchpoint.findMany({
      where: { orderId },
      orderBy: [{ occurredAt: "desc" }, { id: "desc" }],
      take: TOUCHPOINTS,
      select: touchpointSelect,
    }),
  ]);
  const question = touchpoints.find(
    (t) => t.kind === "ORDER_QUESTION" && t.externalId?.startsWith(QUESTION_SOURCE) && t.leadId,
  );
  // The answer is a follow-up on that lead, so it is offered only to who may open the lead.
  const questionLead = question?.leadId
    ? await db.lead.findFirst({
        where: { AND: [{ id: question.leadId }, leadWhere(session)] },
        select: { id: true, version: true, waitingSince: true, owner: { select: { name: true } } },
      })
    : null;
  return {
    ...order,
    events,
    questionLead,
    touchpoints: touchpoints.map((t) => ({ ...t, fromPortal: t.externalId?.startsWith(QUESTION_SOURCE) ?? false })),
    next: nextMilestones(order.milestone, order.category, order.fulfilment),
  };
}
