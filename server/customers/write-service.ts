import "server-only";
import type { Prisma, PrismaClient } from "@/generated/prisma/client";
import type { Locale } from "@/generated/prisma/enums";
import type { AppSession } from "@/server/auth/session";
import { authorizeCustomer, staffMay } from "@/server/access/customer-access";
import { customerWhere } from "@/server/access/customer";
import { recordAudit } from "@/server/audit";

// Customers made and corrected by other systems (the REST API): the same identity rules as a
// signal's customer (server/touchpoints/customer.ts) — one live customer per email and per phone,
// serialised per identity so two requests at once cannot make two — and audited with the fields
// that changed. A customer made by a team's key belongs to that team, so the key can read it back.

export type CustomerFields = {
  name: string;
  email: string | null;
  phone: string | null;
  city: string | null;
  locale: Locale;
  externalId: string | null;
  notes: string | null;
};

export type CustomerWriteResult =
  | { ok: true; id: string }
  | { ok: false; reason: "not_found" | "erased" }
  /** Another live customer has this email or phone; its id when the writer may reach it. */
  | { ok: false; reason: "exists"; existingId: string | null };

type Tx = Prisma.TransactionClient;

async function lockIdentities(tx: Tx, email: string | null, phone: string | null) {
  const locks = [email && `email:${email}`, phone && `phone:${phone}`].filter(Boolean).sort() as string[];
  for (const lock of locks) await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtextextended(${lock}, 0))`;
}

async function clash(tx: Tx, session: AppSession, fields: Partial<CustomerFields>, except: string | null) {
  const same = [...(fields.email ? [{ email: fields.email }] : []), ...(fields.phone ? [{ phone: fields.phone }] : [])];
  if (!same.length) return null;
  const other = await tx.customer.findFirst({
    where: { OR: same, erasedAt: null, ...(except ? { id: { not: except } } : {}) },
    select: { id: true },
  });
  if (!other) return null;
  const reachable = await tx.customer.findFirst({
    where: { AND: [{ id: other.id }, customerWhere(session)] },
    select: { id: true },
  });
  return { ok: false, reason: "exists", existingId: reachable?.id ?? null } as const;
}

export async function createCustomer(
  db: PrismaClient,
  session: AppSession,
  fields: CustomerFields,
  now: Date,
): Promise<CustomerWriteResult> {
  if (!staffMay(session, "read")) return { ok: false, reason: "not_found" };
  return db.$transaction(async (tx): Promise<CustomerWriteResult> => {
    await lockIdentities(tx, fields.email, fields.phone);
    const taken = await clash(tx, session, fields, null);
    if (taken) return taken;
    const created = await tx.customer.create({
      data: { ...fields, teamId: session.teamId, lastActivityAt: now },
      select: { id: true },
    });
    await recordAudit(tx, {
      actorId: session.userId,
      action: "customer.created",
      entityType: "Customer",
      entityId: created.id,
      data: { ...(session.apiKeyId ? { apiKeyId: session.apiKeyId } : {}), teamId: session.teamId },
    });
    return { ok: true, id: created.id };
  });
}

export async function updateCustomer(
  db: PrismaClient,
  session: AppSession,
  customerId: string,
  changes: Partial<CustomerFields>,
): Promise<CustomerWriteResult> {
  return db.$transaction(async (tx): Promise<CustomerWriteResult> => {
    const access = await authorizeCustomer(tx, session, customerId);
    if (!access) return { ok: false, reason: "not_found" };
    const before = await tx.customer.findUniqueOrThrow({
      where: { id: customerId },
      select: {
        name: true,
        email: true,
        phone: true,
        city: true,
        locale: true,
        externalId: true,
        notes: true,
        erasedAt: true,
      },
    });
    // An erased customer's personal data is gone for good; nothing may write it back.
    if (before.erasedAt) return { ok: false, reason: "erased" };
    await lockIdentities(tx, changes.email ?? null, changes.phone ?? null);
    const taken = await clash(tx, session, changes, customerId);
    if (taken) return taken;
    const changed = (Object.keys(changes) as (keyof CustomerFields)[]).filter((k) => changes[k] !== before[k]);
    if (!changed.length) return { ok: true, id: customerId };
    await tx.customer.update({ where: { id: customerId }, data: changes, select: { id: true } });
    // Which fields changed, not their values: the audit log outlives an erasure's redaction of names.
    await recordAudit(tx, {
      actorId: session.userId,
      action: "customer.updated",
      entityType: "Customer",
      entityId: customerId,
      data: { fields: changed, ...(session.apiKeyId ? { apiKeyId: session.apiKeyId } : {}) },
    });
    return { ok: true, id: customerId };
  });
}
