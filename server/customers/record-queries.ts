import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { AppSession } from "@/server/auth/session";
import { getDb } from "@/server/db";
import { customerWhere } from "@/server/access/customer";
import { grant, staffMay, type CustomerAccess } from "@/server/access/customer-access";
import { leadSql } from "@/server/access/lead";
import { isId } from "@/server/access/sql";
import { openStageSql } from "@/server/leads/open-stage-sql";
import { JourneyStage, Phase } from "@/generated/prisma/enums";

// Reads for the customer page. getCustomerRecord applies the customer rule
// (server/access/customer.ts); the page's other reads take the CustomerAccess it returns.

const OPEN_LEADS_SHOWN = 5;

const customerSelect = {
  id: true,
  name: true,
  email: true,
  phone: true,
  city: true,
  externalId: true,
  notes: true,
  locale: true,
  currency: true,
  journeyStage: true,
  loyaltyTier: true,
  loyaltyPoints: true,
  lastActivityAt: true,
  erasedAt: true,
  createdAt: true,
  ownerId: true,
} satisfies Prisma.CustomerSelect;

export type CustomerProfile = Omit<Prisma.CustomerGetPayload<{ select: typeof customerSelect }>, "ownerId"> & {
  owner: { id: string; name: string } | null;
  team: { name: string } | null;
};
export type OpenLead = { id: string; interest: string; stage: string; ownerName: string | null; canOpen: boolean };
export type CustomerRecord = {
  access: CustomerAccess;
  customer: CustomerProfile;
  openLeads: OpenLead[];
  consents: ConsentState[];
};
export type ConsentState = { purpose: "MARKETING_EMAIL" | "SMS" | "PROFILING"; granted: boolean; updatedAt: Date };

/** The header's data: profile, open leads and current consents; null when out of scope or missing. */
export async function getCustomerRecord(session: AppSession, customerId: string): Promise<CustomerRecord | null> {
  if (!staffMay(session, "read") || !isId(customerId)) return null;
  const db = await getDb();
  // The scope check and the small reads run together; the reads are thrown away when it fails.
  // Names come joined in SQL: a nested Prisma select would cost one more query per relation.
  const [customer, names, leads, consents] = await Promise.all([
    db.customer.findFirst({ where: { AND: [{ id: customerId }, customerWhere(session)] }, select: customerSelect }),
    db.$queryRaw<{ ownerName: string | null; teamName: string | null }[]>`
      SELECT u.name AS "ownerName", tm.name AS "teamName"
      FROM "Customer" c LEFT JOIN "User" u ON u.id = c."ownerId" LEFT JOIN "Team" tm ON tm.id = c."teamId"
      WHERE c.id = ${customerId}::uuid`,
    // Leads follow their own rule (server/access/lead.ts): the page links only those the reader may open.
    db.$queryRaw<{ id: string; interest: string; stage: string; canOpen: boolean; ownerName: string | null }[]>`
      SELECT l.id, l.interest, l.stage::text AS stage, ${leadSql(session, "l")} AS "canOpen", u.name AS "ownerName"
      FROM "Lead" l LEFT JOIN "User" u ON u.id = l."ownerId"
      WHERE l."customerId" = ${customerId}::uuid AND ${openStageSql("l")}
      ORDER BY l."createdAt" DESC LIMIT ${OPEN_LEADS_SHOWN}`,
    db.consent.findMany({ where: { customerId }, select: { purpose: true, granted: true, updatedAt: true } }),
  ]);
  if (!customer) return null;
  const { ownerId, ...profile } = customer;
  const { ownerName = null, teamName = null } = names[0] ?? {};
  return {
    access: grant(session, customer.id),
    customer: {
      ...profile,
      owner: ownerId && ownerName !== null ? { id: ownerId, name: ownerName } : null,
      team: teamName !== null ? { name: teamName } : null,
    },
    openLeads: leads.map((l) => ({
      id: l.id,
      interest: l.interest,
      stage: l.stage,
      ownerName: l.ownerName,
      canOpen: l.canOpen,
    })),
    consents,
  };
}

export type StageCount = { stage: CustomerProfile["journeyStage"]; count: number };
export type PhaseCount = { phase: "BEFORE" | "DURING" | "AFTER"; count: number };
export type JourneyMap = { stages: StageCount[]; phases: PhaseCount[]; total: number };

const STAGES = Object.values(JourneyStage);
const PHASES = Object.values(Phase);

/** Touchpoints per journey stage and per purchase phase, from one GROUP BY over the customer's touchpoints. */
export async function getJourneyMap(access: CustomerAccess): Promise<JourneyMap> {
  const db = await getDb();
  const groups = await db.touchpoint.groupBy({
    by: ["stage", "phase"],
    where: { customerId: access.customerId },
    _count: { _all: true },
  });
  const sum = (pick: (g: (typeof groups)[number]) => boolean) =>
    groups.filter(pick).reduce((n, g) => n + g._count._all, 0);
  return {
    stages: STAGES.map((stage) => ({ stage, count: sum((g) => g.stage === stage) })),
    phases: PHASES.map((phase) => ({ phase, count: sum((g) => g.phase === phase) })),
    total: sum(() => true),
  };
}
