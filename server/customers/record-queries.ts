import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { AppSession } from "@/server/auth/session";
import { getDb } from "@/server/db";
import { customerScope, grant, isCustomerId, type CustomerAccess } from "./record-scope";

// Reads for the customer page. getCustomerRecord applies the scope rule
// (record-scope.ts); the page's other reads take the CustomerAccess it returns.

const OPEN_STAGES = ["NEW", "CONTACTED", "QUALIFIED", "PROPOSAL"] as const;
const OPEN_LEADS_SHOWN = 5;

const customerSelect = {
  id: true, name: true, email: true, phone: true, city: true, locale: true, currency: true, journeyStage: true,
  loyaltyTier: true, loyaltyPoints: true, lastActivityAt: true, erasedAt: true, createdAt: true,
  owner: { select: { id: true, name: true } },
  team: { select: { name: true } },
} satisfies Prisma.CustomerSelect;

export type CustomerProfile = Prisma.CustomerGetPayload<{ select: typeof customerSelect }>;
export type OpenLead = { id: string; interest: string; stage: string; ownerName: string | null; canOpen: boolean };
export type CustomerRecord = { access: CustomerAccess; customer: CustomerProfile; openLeads: OpenLead[]; consents: ConsentState[] };
export type ConsentState = { purpose: "MARKETING_EMAIL" | "SMS" | "PROFILING"; granted: boolean; updatedAt: Date };

/** The header's data: profile, open leads and current consents; null when out of scope or missing. */
export async function getCustomerRecord(session: AppSession, customerId: string): Promise<CustomerRecord | null> {
  if (session.role === "CUSTOMER" || !isCustomerId(customerId)) return null;
  const db = await getDb();
  // The scope check and the two small reads run together; the reads are thrown away when it fails.
  const [customer, leads, consents] = await Promise.all([
    db.customer.findFirst({ where: { AND: [{ id: customerId }, customerScope(session)] }, select: customerSelect }),
    db.lead.findMany({
      where: { customerId, stage: { in: [...OPEN_STAGES] } },
      orderBy: { createdAt: "desc" },
      take: OPEN_LEADS_SHOWN,
      select: { id: true, interest: true, stage: true, ownerId: true, owner: { select: { name: true } } },
    }),
    db.consent.findMany({ where: { customerId }, select: { purpose: true, granted: true, updatedAt: true } }),
  ]);
  if (!customer) return null;
  // Leads follow their own rule: a rep may open their own and unassigned ones only.
  const mayOpen = (ownerId: string | null) => session.role === "MANAGER" || ownerId === null || ownerId === session.userId;
  return {
    access: grant(session, customer.id),
    customer,
    openLeads: leads.map((l) => ({ id: l.id, interest: l.interest, stage: l.stage, ownerName: l.owner?.name ?? null, canOpen: mayOpen(l.ownerId) })),
    consents,
  };
}

export type StageCount = { stage: CustomerProfile["journeyStage"]; count: number };
export type PhaseCount = { phase: "BEFORE" | "DURING" | "AFTER"; count: number };
export type JourneyMap = { stages: StageCount[]; phases: PhaseCount[]; total: number };

const STAGES = ["NEED", "RESEARCH", "PURCHASE", "DELIVERY", "USE", "LOYALTY"] as const;
const PHASES = ["BEFORE", "DURING", "AFTER"] as const;

/** Touchpoints per journey stage and per purchase phase, from one GROUP BY over the customer's touchpoints. */
export async function getJourneyMap(access: CustomerAccess): Promise<JourneyMap> {
  const db = await getDb();
  const groups = await db.touchpoint.groupBy({ by: ["stage", "phase"], where: { customerId: access.customerId }, _count: { _all: true } });
  const sum = (pick: (g: (typeof groups)[number]) => boolean) => groups.filter(pick).reduce((n, g) => n + g._count._all, 0);
  return {
    stages: STAGES.map((stage) => ({ stage, count: sum((g) => g.stage === stage) })),
    phases: PHASES.map((phase) => ({ phase, count: sum((g) => g.phase === phase) })),
    total: sum(() => true),
  };
}
