import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import type { ReplyInput } from "@/lib/validation/orders";
import type { AppSession } from "@/server/auth/session";
import { logFollowUp } from "@/server/leads/follow-up-service";
import { orderWhere } from "@/server/access/order";
import { isStaff } from "@/server/access/staff";
import type { OrderNotice } from "./notify";

// Staff answer a customer's question from the order page. The answer is a
// follow-up on the lead the question opened or fed — so it stops that lead's
// response clock and counts as the first response, exactly like a logged email —
// filed on the order too, which is how the customer's order page finds it.

export type ReplyResult =
  | { ok: true; replayed: boolean; notice: OrderNotice | null }
  | { ok: false; reason: "not_found" | "conflict" | "key_reused" };

export async function replyToOrderQuestion(
  db: PrismaClient,
  session: AppSession,
  input: ReplyInput,
  now: Date,
): Promise<ReplyResult> {
  if (!isStaff(session)) return { ok: false, reason: "not_found" };
  const order = await db.order.findFirst({
    where: { AND: [{ id: input.orderId }, orderWhere(session)] },
    select: {
      id: true,
      number: true,
      product: true,
      customerId: true,
      customer: { select: { name: true, email: true, locale: true, login: { select: { email: true } } } },
    },
  });
  if (!order) return { ok: false, reason: "not_found" };
  // logFollowUp checks again, in its transaction, that the lead is one the reader may open, that the
  // order is this lead's customer's and that the reader may still reach the order: the read above
  // only fetched what the mail needs.
  const result = await logFollowUp(
    db,
    session,
    {
      leadId: input.leadId,
      version: input.leadVersion,
      idempotencyKey: input.idempotencyKey,
      type: "EMAIL",
      outcome: "REACHED",
      note: input.message,
      nextFollowUpAt: null,
      stage: null,
      lostReason: null,
    },
    now,
    { orderId: order.id },
  );
  // A reply never loses the lead, so the lost-reason refusal cannot happen here.
  if (!result.ok) return { ok: false, reason: result.reason === "lost_reason_invalid" ? "not_found" : result.reason };
  const email = order.customer.login?.email ?? order.customer.email;
  // A replayed double submit has already mailed the customer.
  const notice: OrderNotice | null =
    email && !result.replayed
      ? {
          email,
          name: order.customer.name,
          locale: order.customer.locale,
          orderId: order.id,
          number: order.number,
          product: order.product,
          detail: { kind: "reply", text: input.message },
        }
      : null;
  return { ok: true, replayed: result.replayed, notice };
}
