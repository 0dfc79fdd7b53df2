import "server-only";
import type { Prisma, PrismaClient } from "@/generated/prisma/client";
import type { BulkAddToSegmentInput, BulkCustomerOwnerInput } from "@/lib/validation/bulk";
import type { AppSession } from "@/server/auth/session";
import { customerListWhere } from "@/server/access/customer";
import { leadWhere, mayClaimLeads, mayReassignLeads } from "@/server/access/lead";
import { segmentWriteWhere } from "@/server/access/segment";
import { recordAudit } from "@/server/audit";
import { newOutcome, saveOperation, skip, type BulkOutcome } from "./operation";

// Bulk changes on the customer list: a customer's owner, and hand-adding customers (or the
// customers of picked leads) to a saved segment. Customers the customer rule does not list to the
// user are skipped and counted. Owners follow the leads' rule (server/access/lead.ts): a manager
// gives customers to any active sales rep; a rep takes customers nobody owns, for themselves.
// Customers have no version column, so a write is guarded by the owner it read: a customer whose
// owner changed in between is skipped as changed by someone else.

export type BulkCustomerResult =
  | { ok: true; outcome: BulkOutcome; operationId: string | null; name: string }
  | { ok: false; reason: "owner_invalid" | "segment_not_found" };

export async function bulkAssignCustomerOwner(
  db: PrismaClient,
  session: AppSession,
  input: BulkCustomerOwnerInput,
  now: Date,
): Promise<BulkCustomerResult> {
  const taking = input.ownerId === session.userId && mayClaimLeads(session);
  if (!taking && !mayReassignLeads(session)) return { ok: false, reason: "owner_invalid" };
  const owner = await db.user.findFirst({
    where: { id: input.ownerId, role: "SALES", active: true },
    select: { id: true, name: true },
  });
  if (!owner) return { ok: false, reason: "owner_invalid" };
  return db.$transaction(async (tx) => {
    const outcome = newOutcome();
    for (const id of input.customerIds) {
      const customer = await tx.customer.findFirst({
        where: { AND: [{ id }, customerListWhere(session)] },
        select: { ownerId: true },
      });
      if (!customer) skip(outcome, "not_allowed");
      else if (customer.ownerId === owner.id) outcome.unchanged++;
      else if (taking && customer.ownerId) skip(outcome, "taken");
      else {
        const updated = await tx.customer.updateMany({
          where: { id, ownerId: customer.ownerId },
          data: { ownerId: owner.id },
        });
        if (updated.count === 0) skip(outcome, "conflict");
        else {
          outcome.changed.push({ id, before: customer.ownerId, after: owner.id });
          await recordAudit(tx, {
            actorId: session.userId,
            action: "customer.updated",
            entityType: "Customer",
            entityId: id,
            data: { fields: ["ownerId"], from: customer.ownerId, to: owner.id },
          });
        }
      }
    }
    const operationId = await saveOperation(tx, session.userId, "customer.owner", outcome, now);
    return { ok: true, outcome, operationId, name: owner.name };
  });
}

export async function bulkAddToSegment(
  db: PrismaClient,
  session: AppSession,
  input: BulkAddToSegmentInput,
  now: Date,
): Promise<BulkCustomerResult> {
  return db.$transaction(async (tx) => {
    const segment = await tx.segment.findFirst({
      where: { AND: [{ id: input.segmentId }, segmentWriteWhere(session)] },
      select: { id: true, name: true },
    });
    if (!segment) return { ok: false, reason: "segment_not_found" };
    const outcome = newOutcome();
    const customerIds =
      "customerIds" in input ? input.customerIds : await customersOfLeads(tx, session, input.leadIds, outcome);
    const listed = new Set(
      (
        await tx.customer.findMany({
          where: { AND: [{ id: { in: customerIds } }, customerListWhere(session)] },
          select: { id: true },
        })
      ).map((c) => c.id),
    );
    const already = new Set(
      (
        await tx.segmentMember.findMany({
          where: { segmentId: segment.id, customerId: { in: [...listed] } },
          select: { customerId: true },
        })
      ).map((m) => m.customerId),
    );
    for (const id of customerIds) {
      if (!listed.has(id)) skip(outcome, "not_allowed");
      else if (already.has(id)) outcome.unchanged++;
      else outcome.changed.push({ id, before: null, after: segment.id });
    }
    if (outcome.changed.length) {
      await tx.segmentMember.createMany({
        data: outcome.changed.map((c) => ({
          segmentId: segment.id,
          customerId: c.id,
          addedById: session.userId,
          addedAt: now,
        })),
      });
      await recordAudit(tx, {
        actorId: session.userId,
        action: "segment.members_added",
        entityType: "Segment",
        entityId: segment.id,
        data: { customerIds: outcome.changed.map((c) => c.id) },
      });
    }
    const operationId = await saveOperation(tx, session.userId, "customer.segment", outcome, now);
    return { ok: true, outcome, operationId, name: segment.name };
  });
}

/** The distinct customers of the leads the user may read; leads refused are counted as skipped. */
async function customersOfLeads(
  tx: Prisma.TransactionClient,
  session: AppSession,
  leadIds: string[],
  outcome: BulkOutcome,
): Promise<string[]> {
  const leads = await tx.lead.findMany({
    where: { AND: [{ id: { in: leadIds } }, leadWhere(session)] },
    select: { customerId: true },
  });
  for (let i = leads.length; i < leadIds.length; i++) skip(outcome, "not_allowed");
  return [...new Set(leads.map((l) => l.customerId))];
}
