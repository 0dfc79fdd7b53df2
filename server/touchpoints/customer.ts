import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { JourneyStage } from "@/generated/prisma/enums";
import { formatPhone } from "@/lib/format-phone";
import type { TouchpointIngest } from "@/lib/validation/touchpoint-ingest";
import type { OrderHistory } from "./classify";
import { emitWebhookEvent } from "@/server/webhooks/emit";

// Who sent the signal. Email identifies a person better than a phone number
// (families share phones, numbers get reassigned), so email is tried first,
// then phone. Erased customers (GDPR) are never matched: a signal from an
// erased person's address starts a new customer.

export type IngestCustomer = {
  id: string;
  ownerId: string | null;
  teamId: string | null;
  lastActivityAt: Date | null;
  journeyStage: JourneyStage;
  orders: OrderHistory;
};

const SELECT = {
  id: true,
  email: true,
  phone: true,
  ownerId: true,
  teamId: true,
  lastActivityAt: true,
  journeyStage: true,
} as const;
const DONE_MILESTONES = ["DELIVERED", "CANCELLED"] as const;

export async function findOrCreateCustomer(
  tx: Prisma.TransactionClient,
  identity: TouchpointIngest["customer"],
  now: Date,
): Promise<{ customer: IngestCustomer; created: boolean }> {
  // Two first signals from one new person at once must not create two customers:
  // serialise on each identity (sorted, so two transactions never wait on each other in a circle).
  const locks = [identity.email && `email:${identity.email}`, identity.phone && `phone:${identity.phone}`]
    .filter(Boolean)
    .sort() as string[];
  for (const lock of locks) await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${lock}, 0))`;

  // The most recently active match, when a person was entered twice.
  const newest = [
    { lastActivityAt: { sort: "desc", nulls: "last" } },
    { createdAt: "desc" },
  ] satisfies Prisma.CustomerOrderByWithRelationInput[];
  const found =
    (identity.email
      ? await tx.customer.findFirst({
          where: { email: identity.email, erasedAt: null },
          orderBy: newest,
          select: SELECT,
        })
      : null) ??
    (identity.phone
      ? await tx.customer.findFirst({
          where: { phone: identity.phone, erasedAt: null },
          orderBy: newest,
          select: SELECT,
        })
      : null);

  if (found) {
    // Fill in what we did not know; never overwrite what staff may have corrected.
    const fill = {
      ...(!found.email && identity.email ? { email: identity.email } : {}),
      ...(!found.phone && identity.phone ? { phone: identity.phone } : {}),
    };
    if (Object.keys(fill).length > 0)
      await tx.customer.update({ where: { id: found.id }, data: fill, select: { id: true } });
    // One after the other: a transaction is one connection.
    const open = await tx.order.findFirst({
      where: { customerId: found.id, milestone: { notIn: [...DONE_MILESTONES] } },
      select: { id: true },
    });
    const any = open ?? (await tx.order.findFirst({ where: { customerId: found.id }, select: { id: true } }));
    return { customer: { ...found, orders: { open: open !== null, any: any !== null } }, created: false };
  }

  // Danish numbers get a Danish customer; everyone else the default (Norwegian, NOK).
  const danish = identity.phone?.startsWith("+45") ?? false;
  const created = await tx.customer.create({
    data: {
      name: identity.name ?? identity.email ?? formatPhone(identity.phone!),
      email: identity.email ?? null,
      phone: identity.phone ?? null,
      ...(danish ? { locale: "da" as const, currency: "DKK" as const } : {}),
      lastActivityAt: null,
      createdAt: now,
    },
    select: SELECT,
  });
  await emitWebhookEvent(tx, {
    type: "customer.created",
    data: { customerId: created.id, source: "ingest" },
    occurredAt: now,
  });
  return { customer: { ...created, orders: { open: false, any: false } }, created: true };
}
