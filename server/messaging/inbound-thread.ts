import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { MessageChannel, MessagePurpose } from "@/generated/prisma/enums";
import { findOrCreateCustomer, type IngestCustomer } from "@/server/touchpoints/customer";
import { replyTokenIn } from "./reply-address";

// Which conversation a reply belongs to. An e-mail is filed by the token in our Reply-To address,
// which only the people we wrote to know; an SMS by the last message we sent to that number (a
// phone cannot carry a token). Without either, the sender is found or created the way an ingest
// signal's is (server/touchpoints/customer.ts). An erased customer's thread is never followed.

export type Thread = {
  customer: IngestCustomer;
  createdCustomer: boolean;
  /** The outbound message answered. */
  answers: { id: string; leadId: string | null; purpose: MessagePurpose } | null;
  /** The answered lead's headline, for a new lead if that one is closed. */
  leadInterest: string | null;
};

/** Who wrote and to what, as recordInboundMessage was told. */
export type ThreadQuery = {
  channel: MessageChannel;
  /** An e-mail address (lower case) or a phone number in E.164. */
  from: string;
  name?: string | null;
  recipients?: readonly string[];
};

const DONE_MILESTONES = ["DELIVERED", "CANCELLED"] as const;

export async function findThread(tx: Prisma.TransactionClient, input: ThreadQuery, now: Date): Promise<Thread> {
  const answered = await answeredMessage(tx, input);
  if (answered) {
    const customer = await threadCustomer(tx, answered.customerId);
    if (customer) {
      const lead = answered.leadId
        ? await tx.lead.findUnique({ where: { id: answered.leadId }, select: { interest: true } })
        : null;
      return {
        customer,
        createdCustomer: false,
        answers: { id: answered.id, leadId: answered.leadId, purpose: answered.purpose },
        leadInterest: lead?.interest ?? null,
      };
    }
  }
  const identity =
    input.channel === "EMAIL"
      ? { email: input.from, ...(input.name ? { name: input.name } : {}) }
      : { phone: input.from };
  const { customer, created } = await findOrCreateCustomer(tx, identity, now);
  return { customer, createdCustomer: created, answers: null, leadInterest: null };
}

async function answeredMessage(tx: Prisma.TransactionClient, input: ThreadQuery) {
  const select = { id: true, customerId: true, leadId: true, purpose: true } as const;
  if (input.channel === "EMAIL") {
    const token = replyTokenIn(input.recipients ?? []);
    if (!token) return null;
    return tx.message.findFirst({
      where: { replyToken: token, direction: "OUTBOUND", customer: { erasedAt: null } },
      select,
    });
  }
  return tx.message.findFirst({
    where: { address: input.from, channel: "SMS", direction: "OUTBOUND", customer: { erasedAt: null } },
    orderBy: { createdAt: "desc" },
    select,
  });
}

async function threadCustomer(tx: Prisma.TransactionClient, id: string): Promise<IngestCustomer | null> {
  const customer = await tx.customer.findFirst({
    where: { id, erasedAt: null },
    select: { id: true, ownerId: true, teamId: true, lastActivityAt: true, journeyStage: true },
  });
  if (!customer) return null;
  const open = await tx.order.findFirst({
    where: { customerId: id, milestone: { notIn: [...DONE_MILESTONES] } },
    select: { id: true },
  });
  const any = open ?? (await tx.order.findFirst({ where: { customerId: id }, select: { id: true } }));
  return { ...customer, orders: { open: open !== null, any: any !== null } };
}
