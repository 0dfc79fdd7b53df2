import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { ConsentPurpose, ProductCategory } from "@/generated/prisma/enums";
import { isReply, type RunFacts } from "@/lib/automations/match";
import type { AutomationConditions } from "@/lib/validation/automation";
import { readSegmentFilters } from "@/server/customers/segments";
import { customerFilterSql } from "@/server/customers/list-filter-sql";
import { segmentAudience } from "@/lib/segment-audience";
import { DEFAULT_CUSTOMER_FILTERS } from "@/lib/validation/customer-filters";

// The facts a due run is judged on, read when it is due: consent as it stands now and what was
// withdrawn since the trigger, whether the customer reached out since, the lead's (or newest
// order's) category and team, and whether the customer is in the condition's segment now.

type Tx = Prisma.TransactionClient;
type RunRef = { customerId: string; leadId: string | null; touchpointId: string | null; triggeredAt: Date };

export type ReadFacts = Omit<RunFacts, "enabled"> & {
  customer: {
    id: string;
    name: string;
    email: string | null;
    phone: string | null;
    locale: "nb" | "da" | "en";
    journeyStage: string;
    ownerId: string | null;
  };
  lead: { id: string; ownerId: string | null; stage: string; nextFollowUpAt: Date | null } | null;
};

export async function readRunFacts(
  tx: Tx,
  run: RunRef,
  conditions: AutomationConditions,
  now: Date,
): Promise<ReadFacts> {
  const customer = await tx.customer.findUniqueOrThrow({
    where: { id: run.customerId },
    select: {
      id: true,
      name: true,
      email: true,
      phone: true,
      locale: true,
      journeyStage: true,
      ownerId: true,
      teamId: true,
      erasedAt: true,
      consents: { select: { purpose: true, granted: true } },
    },
  });
  const leadSelect = {
    id: true,
    ownerId: true,
    teamId: true,
    stage: true,
    category: true,
    nextFollowUpAt: true,
  } as const;
  // The run's own lead while it is open, else the customer's newest open lead.
  const lead =
    (run.leadId
      ? await tx.lead.findFirst({
          where: { id: run.leadId, closedAt: null, stage: { notIn: ["WON", "LOST"] } },
          select: leadSelect,
        })
      : null) ??
    (await tx.lead.findFirst({
      where: { customerId: run.customerId, stage: { notIn: ["WON", "LOST"] } },
      orderBy: { createdAt: "desc" },
      select: leadSelect,
    }));
  const [after, withdrawn, order, inSegment] = await Promise.all([
    tx.touchpoint.findMany({
      where: {
        customerId: run.customerId,
        direction: "INBOUND",
        occurredAt: { gt: run.triggeredAt },
        ...(run.touchpointId ? { id: { not: run.touchpointId } } : {}),
      },
      select: { kind: true, direction: true },
      orderBy: { occurredAt: "desc" },
      take: 50,
    }),
    tx.consentEvent.findMany({
      where: { customerId: run.customerId, granted: false, occurredAt: { gt: run.triggeredAt } },
      select: { purpose: true },
    }),
    lead
      ? null
      : tx.order.findFirst({
          where: { customerId: run.customerId },
          orderBy: { placedAt: "desc" },
          select: { category: true },
        }),
    conditions.segmentId ? customerInSegment(tx, conditions.segmentId, run.customerId, now) : undefined,
  ]);
  return {
    customer: { ...customer, journeyStage: customer.journeyStage },
    lead,
    consents: customer.consents,
    erased: customer.erasedAt !== null,
    replied: after.some(isReply),
    withdrawnSince: [...new Set<ConsentPurpose>(withdrawn.map((w) => w.purpose))],
    category: (lead?.category ?? order?.category ?? null) as ProductCategory | null,
    teamId: lead?.teamId ?? customer.teamId,
    inSegment,
  };
}

/**
 * Whether the customer is in the saved segment now, by the same SQL the customer list and segment
 * sends use (server/customers/list-filter-sql.ts), seen as the segment's owner sees their filters
 * ("mine" is the owner's), with no access scope: the manager who made the rule chose the segment.
 */
async function customerInSegment(tx: Tx, segmentId: string, customerId: string, now: Date): Promise<boolean> {
  const segment = await tx.segment.findUnique({
    where: { id: segmentId },
    select: { marketing: true, filters: true, owner: { select: { id: true, role: true } } },
  });
  if (!segment) return false;
  const filters = {
    ...DEFAULT_CUSTOMER_FILTERS,
    ...segmentAudience(readSegmentFilters(segment.filters), segment),
    members: segmentId,
  };
  const viewer = { userId: segment.owner.id, role: segment.owner.role } as Parameters<typeof customerFilterSql>[0];
  const rows = await tx.$queryRaw<{ found: number }[]>`
    SELECT 1 AS found FROM "Customer" c
     WHERE c.id = ${customerId}::uuid AND c."erasedAt" IS NULL AND ${customerFilterSql(viewer, filters, now, Prisma.sql`TRUE`)}
     LIMIT 1`;
  return rows.length > 0;
}
