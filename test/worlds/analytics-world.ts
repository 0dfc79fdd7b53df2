import "server-only";
import crypto from "node:crypto";
import { PrismaClient, type Prisma } from "@/generated/prisma/client";
import { DEFAULT_SLA_MINUTES } from "@/lib/sla-minutes";
import type { AppSession } from "@/server/auth/session";
import type { SqlClient } from "@/server/db/sql";
import type { TestDatabase } from "@/test/worlds/databases";

// A small fixed world for the dashboard tests: two teams with one rep each, a
// manager, a customer login, ten leads, six orders. analytics.test.ts works
// every KPI out by hand from exactly these rows; change a row there too.

export const NOW = new Date("2026-06-15T10:00:00Z"); // a Monday, Oslo summer time (UTC+2)
const at = (iso: string) => new Date(iso);
const minutesAfter = (iso: string, minutes: number) => new Date(Date.parse(iso) + minutes * 60_000);

export type AnalyticsWorld = {
  db: PrismaClient;
  manager: AppSession;
  salesA: AppSession;
  salesB: AppSession;
  customer: AppSession;
  ids: { teamA: string; teamB: string; repA: string; repB: string; campaign: string };
  close(): Promise<void>;
};

const session = (
  userId: string,
  role: AppSession["role"],
  teamId: string | null,
  customerId: string | null = null,
): AppSession => ({
  userId,
  role,
  email: `${role.toLowerCase()}@t.test`,
  name: role,
  locale: "en",
  timeZone: "Europe/Oslo",
  teamId,
  customerId,
});

export async function openAnalyticsWorld(database: TestDatabase): Promise<AnalyticsWorld> {
  const sql: SqlClient = await database.open();
  const db = new PrismaClient({ adapter: database.prismaAdapter(sql) });
  const teamA = (await db.team.create({ data: { name: "Bil" } })).id;
  const teamB = (await db.team.create({ data: { name: "Bygg" } })).id;
  const user = async (
    email: string,
    name: string,
    role: "MANAGER" | "SALES" | "CUSTOMER",
    teamId: string | null,
    customerId?: string,
  ) => (await db.user.create({ data: { email, name, role, teamId, customerId } })).id;
  const manager = await user("m@t.test", "Ingrid", "MANAGER", null);
  const repA = await user("a@t.test", "Anna", "SALES", teamA);
  const repB = await user("b@t.test", "Bjørn", "SALES", teamB);
  const portal = (await db.customer.create({ data: { name: "Portal" } })).id;
  const customerUser = await user("c@t.test", "Kunde", "CUSTOMER", null, portal);
  const campaign = (
    await db.campaign.create({ data: { name: "Vår", channel: "CAMPAIGN", startsAt: at("2026-04-01T00:00:00Z") } })
  ).id;

  const customer = async (
    name: string,
    ownerId: string | null,
    currency: "NOK" | "DKK",
    loyaltyTier: "BASIC" | "SILVER" | "GOLD",
  ) => (await db.customer.create({ data: { name, ownerId, currency, loyaltyTier } })).id;
  const cA1 = await customer("A1", repA, "NOK", "GOLD");
  const cA2 = await customer("A2", repA, "NOK", "SILVER");
  const cB1 = await customer("B1", repB, "DKK", "BASIC");
  const cU = await customer("U", null, "NOK", "BASIC");

  type LeadSpec = {
    customerId: string;
    ownerId: string | null;
    channel: "WEB" | "CHAT" | "PHONE" | "EMAIL";
    created: string;
    stage: "NEW" | "CONTACTED" | "QUALIFIED" | "PROPOSAL" | "WON" | "LOST";
    responseMinutes?: number;
    closed?: string;
    stageChanged?: string;
    value?: number;
    lastActivity?: string;
    nextFollowUp?: string;
    slaDue?: string;
    campaignId?: string;
    /** The stage a LOST lead was lost from, as closing it records (default NEW, CONTACTED if answered). */
    lostFrom?: "NEW" | "CONTACTED" | "QUALIFIED" | "PROPOSAL";
  };
  // Rows with ids made here, inserted below in one statement per table.
  const leads: Prisma.LeadCreateManyInput[] = [];
  const lead = (s: LeadSpec) => {
    const id = crypto.randomUUID();
    leads.push({
      id,
      customerId: s.customerId,
      ownerId: s.ownerId,
      campaignId: s.campaignId,
      interest: "x",
      category: "CAR",
      sourceChannel: s.channel,
      stage: s.stage,
      createdAt: at(s.created),
      valueMinor: s.value ?? 0,
      firstResponseMinutes: s.responseMinutes,
      firstResponseAt: s.responseMinutes === undefined ? null : minutesAfter(s.created, s.responseMinutes),
      closedAt: s.closed ? at(s.closed) : null,
      stageChangedAt: at(s.stageChanged ?? s.closed ?? s.created),
      lastActivityAt: at(s.lastActivity ?? s.closed ?? s.created),
      nextFollowUpAt: s.nextFollowUp ? at(s.nextFollowUp) : null,
      slaDueAt: s.slaDue ? at(s.slaDue) : null,
      waitingSince: s.slaDue ? at(s.created) : null,
      lostReason: s.stage === "LOST" ? "price" : null,
      lostFromStage:
        s.stage === "LOST" ? (s.lostFrom ?? (s.responseMinutes === undefined ? "NEW" : "CONTACTED")) : null,
      slaMinutes: DEFAULT_SLA_MINUTES[s.channel],
    });
    return id;
  };
  const L1 = lead({
    customerId: cA1,
    ownerId: repA,
    channel: "WEB",
    campaignId: campaign,
    created: "2026-05-04T08:00:00Z",
    responseMinutes: 30,
    stage: "WON",
    closed: "2026-05-14T08:00:00Z",
    value: 10_000_000,
  });
  const L2 = lead({
    customerId: cA1,
    ownerId: repA,
    channel: "CHAT",
    created: "2026-05-05T08:00:00Z",
    responseMinutes: 10,
    stage: "LOST",
    lostFrom: "QUALIFIED",
    closed: "2026-05-10T08:00:00Z",
  });
  lead({
    customerId: cA2,
    ownerId: repA,
    channel: "CHAT",
    created: "2026-05-12T08:00:00Z",
    responseMinutes: 20,
    stage: "PROPOSAL",
    stageChanged: "2026-05-15T08:00:00Z",
    value: 5_000_000,
    lastActivity: "2026-05-20T08:00:00Z",
    nextFollowUp: "2026-06-20T08:00:00Z",
  });
  lead({
    customerId: cB1,
    ownerId: repB,
    channel: "WEB",
    created: "2026-05-06T08:00:00Z",
    responseMinutes: 90,
    stage: "WON",
    closed: "2026-06-14T08:00:00Z",
    value: 2_000_000,
  });
  lead({
    customerId: cB1,
    ownerId: repB,
    channel: "PHONE",
    created: "2026-05-20T08:00:00Z",
    stage: "LOST",
    closed: "2026-05-25T08:00:00Z",
  });
  lead({
    customerId: cU,
    ownerId: null,
    channel: "CHAT",
    created: "2026-05-28T08:00:00Z",
    stage: "NEW",
    slaDue: "2026-05-28T08:15:00Z",
    value: 1_000_000,
  });
  lead({
    customerId: cA2,
    ownerId: repA,
    channel: "EMAIL",
    created: "2026-04-10T08:00:00Z",
    responseMinutes: 100,
    stage: "CONTACTED",
    value: 3_000_000,
    lastActivity: "2026-06-14T08:00:00Z",
  });
  const L8 = lead({
    customerId: cA2,
    ownerId: repA,
    channel: "WEB",
    created: "2026-03-01T08:00:00Z",
    responseMinutes: 5,
    stage: "WON",
    closed: "2026-05-15T08:00:00Z",
    value: 4_000_000,
  });
  lead({
    customerId: cB1,
    ownerId: repB,
    channel: "PHONE",
    created: "2026-06-10T08:00:00Z",
    responseMinutes: 60,
    stage: "CONTACTED",
    slaDue: "2026-06-15T09:00:00Z",
    value: 500_000,
    nextFollowUp: "2026-06-01T08:00:00Z",
  });

  // L10, in April (outside the May range the tests mostly use): lost without an audit entry,
  // after a follow-up that sent a proposal.
  const L10 = lead({
    customerId: cA2,
    ownerId: repA,
    channel: "EMAIL",
    created: "2026-04-15T08:00:00Z",
    responseMinutes: 60,
    stage: "LOST",
    lostFrom: "PROPOSAL",
    closed: "2026-04-25T08:00:00Z",
  });
  await db.lead.createMany({ data: leads });
  await db.followUp.create({
    data: {
      leadId: L10,
      authorId: repA,
      type: "EMAIL",
      outcome: "PROPOSAL_SENT",
      idempotencyKey: "l10-proposal",
      createdAt: at("2026-04-18T08:00:00Z"),
    },
  });

  // L2 was lost from QUALIFIED, as the follow-up form records it.
  await db.auditLog.create({
    data: {
      actorId: repA,
      action: "lead.stage_changed",
      entityType: "Lead",
      entityId: L2,
      data: { from: "QUALIFIED", to: "LOST" },
      createdAt: at("2026-05-10T08:00:00Z"),
    },
  });

  // L1's touchpoints: research (brand web page), the form that opened it, our call, a chat before the win, an email
  // after it.
  const touch = (
    occurred: string,
    channel: "WEB" | "CHAT" | "EMAIL" | "PHONE",
    direction: "INBOUND" | "OUTBOUND",
    owner: "BRAND" | "CUSTOMER",
    kind: "PAGE_VIEW" | "FORM_SUBMISSION" | "CALL" | "CHAT_MESSAGE" | "EMAIL",
  ) =>
    ({
      customerId: cA1,
      leadId: L1,
      occurredAt: at(occurred),
      channel,
      direction,
      owner,
      kind,
      phase: "BEFORE",
      stage: "RESEARCH",
      summary: kind,
    }) as const;
  await db.touchpoint.createMany({
    data: [
      touch("2026-05-01T08:00:00Z", "WEB", "INBOUND", "BRAND", "PAGE_VIEW"),
      touch("2026-05-04T08:00:00Z", "WEB", "INBOUND", "CUSTOMER", "FORM_SUBMISSION"),
      touch("2026-05-04T08:30:00Z", "PHONE", "OUTBOUND", "BRAND", "CALL"),
      touch("2026-05-10T08:00:00Z", "CHAT", "INBOUND", "CUSTOMER", "CHAT_MESSAGE"),
      touch("2026-05-20T08:00:00Z", "EMAIL", "INBOUND", "CUSTOMER", "EMAIL"),
    ],
  });

  const order = (
    n: number,
    customerId: string,
    placed: string,
    milestone: "PLACED" | "CONFIRMED" | "IN_PRODUCTION" | "SHIPPED" | "DELIVERED" | "CANCELLED",
    promised?: string,
    expected?: string,
    leadId?: string,
  ) =>
    ({
      number: `T-${n}`,
      customerId,
      leadId,
      product: "x",
      category: "CAR",
      totalMinor: 1,
      milestone,
      placedAt: at(placed),
      promisedDeliveryAt: promised ? at(promised) : null,
      expectedDeliveryAt: expected ? at(expected) : promised ? at(promised) : null,
    }) as const;
  await db.order.createMany({
    data: [
      order(1, cA1, "2026-05-14T08:00:00Z", "DELIVERED", "2026-05-30T08:00:00Z", undefined, L1),
      order(2, cA1, "2026-06-01T08:00:00Z", "IN_PRODUCTION", "2026-06-10T08:00:00Z", "2026-06-20T08:00:00Z"),
      order(3, cA2, "2026-05-15T08:00:00Z", "SHIPPED", "2026-06-30T08:00:00Z", "2026-06-25T08:00:00Z", L8),
      order(4, cB1, "2026-04-20T08:00:00Z", "CONFIRMED", "2026-07-01T08:00:00Z", "2026-07-08T08:00:00Z"),
      order(5, cB1, "2026-05-02T08:00:00Z", "DELIVERED"),
      order(6, cU, "2026-05-20T08:00:00Z", "CANCELLED"),
    ],
  });

  return {
    db,
    manager: session(manager, "MANAGER", null),
    salesA: session(repA, "SALES", teamA),
    salesB: session(repB, "SALES", teamB),
    customer: session(customerUser, "CUSTOMER", null, portal),
    ids: { teamA, teamB, repA, repB, campaign },
    async close() {
      await db.$disconnect();
      await sql.close();
    },
  };
}
