import "server-only";
import { deliveryMoveSummary, isoDay } from "@/lib/order-update-summary";
import type { Prisma, PrismaClient } from "@/generated/prisma/client";
import { nextMilestones } from "@/lib/order-milestones";
import type { AdvanceMilestoneInput, MoveDateInput } from "@/lib/validation/orders";
import type { AppSession } from "@/server/auth/session";
import { recordAudit } from "@/server/audit";
import { afterOrderMilestone } from "@/server/automations/triggers";
import { creditDeliveredOrder } from "@/server/loyalty/earn";
import { orderWhere } from "@/server/access/order";
import { isStaff } from "@/server/access/staff";
import type { OrderNotice, OrderNoticeDetail } from "./notify";
import { emitWebhookEvent } from "@/server/webhooks/emit";

// Staff move an order on, or move its expected date, with a reason. Each change
// is one transaction: the order (checked against the version the form was
// rendered with), an OrderEvent, an outbound touchpoint on the customer's
// timeline and the audit row. The customer's email goes out after the commit
// (the caller sends the returned notice), so a rolled-back change mails nobody.

export type OrderChangeResult =
  | { ok: true; version: number; notice: OrderNotice | null }
  | { ok: false; reason: "not_found" | "conflict" | "not_allowed" | "unchanged" };

type Tx = Prisma.TransactionClient;

const orderSelect = {
  id: true,
  number: true,
  product: true,
  category: true,
  milestone: true,
  fulfilment: true,
  expectedDeliveryAt: true,
  version: true,
  customerId: true,
  leadId: true,
  totalMinor: true,
  currency: true,
  customer: {
    select: { name: true, email: true, locale: true, journeyStage: true, login: { select: { email: true } } },
  },
} satisfies Prisma.OrderSelect;

type LoadedOrder = Prisma.OrderGetPayload<{ select: typeof orderSelect }>;

/** The order rule, read in the change's own transaction: the write rests on the check it made. */
async function load(tx: Tx, session: AppSession, orderId: string): Promise<LoadedOrder | null> {
  return tx.order.findFirst({ where: { AND: [{ id: orderId }, orderWhere(session)] }, select: orderSelect });
}

/** Bumps the version only if nobody changed the order since the form was rendered. */
async function claimVersion(tx: Tx, order: LoadedOrder, version: number, data: Prisma.OrderUpdateManyMutationInput) {
  const updated = await tx.order.updateMany({
    where: { id: order.id, version },
    data: { ...data, version: { increment: 1 } },
  });
  return updated.count === 1;
}

function noticeFor(order: LoadedOrder, detail: OrderNoticeDetail): OrderNotice | null {
  const email = order.customer.login?.email ?? order.customer.email;
  if (!email) return null;
  return {
    email,
    name: order.customer.name,
    locale: order.customer.locale,
    number: order.number,
    product: order.product,
    orderId: order.id,
    detail,
  };
}

export async function advanceMilestone(
  db: PrismaClient,
  session: AppSession,
  input: AdvanceMilestoneInput,
  now: Date,
): Promise<OrderChangeResult> {
  if (!isStaff(session)) return { ok: false, reason: "not_found" };
  return db.$transaction(async (tx): Promise<OrderChangeResult> => {
    const order = await load(tx, session, input.orderId);
    if (!order) return { ok: false, reason: "not_found" };
    if (order.version !== input.version) return { ok: false, reason: "conflict" };
    if (!nextMilestones(order.milestone, order.category, order.fulfilment).includes(input.milestone))
      return { ok: false, reason: "not_allowed" };
    const delivered = input.milestone === "DELIVERED";
    if (
      !(await claimVersion(tx, order, input.version, {
        milestone: input.milestone,
        ...(delivered ? { deliveredAt: now } : {}),
      }))
    ) {
      return { ok: false, reason: "conflict" };
    }
    const reason = input.reason || null;
    await tx.orderEvent.create({
      data: {
        orderId: order.id,
        kind: "MILESTONE",
        milestone: input.milestone,
        reason,
        actorId: session.userId,
        occurredAt: now,
      },
      select: { id: true },
    });
    if (delivered) await creditDeliveredOrder(tx, order, order.customer.locale, now);
    await timelineEntry(
      tx,
      session,
      order,
      now,
      `Order ${order.number}: ${input.milestone.toLowerCase().replace(/_/g, " ")}${reason ? ` — ${reason}` : ""}`,
      input.milestone === "DELIVERED" ? "USE" : input.milestone === "CANCELLED" ? "PURCHASE" : "DELIVERY",
    );
    await afterOrderMilestone(tx, { ...order, milestone: input.milestone }, now);
    await recordAudit(tx, {
      actorId: session.userId,
      action: "order.milestone_changed",
      entityType: "Order",
      entityId: order.id,
      data: { from: order.milestone, to: input.milestone, ...(reason ? { reason } : {}) },
    });
    await emitWebhookEvent(tx, {
      type: "order.milestone_changed",
      data: { orderId: order.id, from: order.milestone, to: input.milestone },
      occurredAt: now,
    });
    return {
      ok: true,
      version: input.version + 1,
      notice: noticeFor(order, { kind: "milestone", milestone: input.milestone, reason }),
    };
  });
}

export async function moveExpectedDate(
  db: PrismaClient,
  session: AppSession,
  input: MoveDateInput,
  now: Date,
): Promise<OrderChangeResult> {
  if (!isStaff(session)) return { ok: false, reason: "not_found" };
  return db.$transaction(async (tx): Promise<OrderChangeResult> => {
    const order = await load(tx, session, input.orderId);
    if (!order) return { ok: false, reason: "not_found" };
    if (order.version !== input.version) return { ok: false, reason: "conflict" };
    if (order.milestone === "DELIVERED" || order.milestone === "CANCELLED") return { ok: false, reason: "not_allowed" };
    if (order.expectedDeliveryAt?.getTime() === input.date.getTime()) return { ok: false, reason: "unchanged" };
    if (!(await claimVersion(tx, order, input.version, { expectedDeliveryAt: input.date })))
      return { ok: false, reason: "conflict" };
    const from = order.expectedDeliveryAt;
    await tx.orderEvent.create({
      data: {
        orderId: order.id,
        kind: "DATE_CHANGE",
        fromDate: from,
        toDate: input.date,
        reason: input.reason,
        actorId: session.userId,
        occurredAt: now,
      },
      select: { id: true },
    });
    await timelineEntry(
      tx,
      session,
      order,
      now,
      deliveryMoveSummary({
        number: order.number,
        from: from ? isoDay(from) : null,
        to: isoDay(input.date),
        reason: input.reason,
      }),
      "DELIVERY",
    );
    await recordAudit(tx, {
      actorId: session.userId,
      action: "order.delivery_moved",
      entityType: "Order",
      entityId: order.id,
      data: { from: from?.toISOString() ?? null, to: input.date.toISOString(), reason: input.reason },
    });
    return {
      ok: true,
      version: input.version + 1,
      notice: noticeFor(order, { kind: "date", from, to: input.date, reason: input.reason }),
    };
  });
}

/** The change on the customer's timeline: an automated order update (it stops no response clock, see lib/sla.ts). */
async function timelineEntry(
  tx: Tx,
  session: AppSession,
  order: LoadedOrder,
  now: Date,
  summary: string,
  stage: "PURCHASE" | "DELIVERY" | "USE",
) {
  const touchpoint = await tx.touchpoint.create({
    data: {
      customerId: order.customerId,
      orderId: order.id,
      actorId: session.userId,
      occurredAt: now,
      channel: "EMAIL",
      direction: "OUTBOUND",
      phase: stage === "USE" ? "AFTER" : "DURING",
      owner: "BRAND",
      kind: "ORDER_UPDATE",
      stage,
      summary,
    },
    select: { id: true },
  });
  await emitWebhookEvent(tx, { type: "touchpoint.created", data: { touchpointId: touchpoint.id }, occurredAt: now });
  await tx.customer.update({ where: { id: order.customerId }, data: { lastActivityAt: now }, select: { id: true } });
}
