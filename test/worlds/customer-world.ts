import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import type { TestDatabase } from "@/test/worlds/databases";
import { openLeadWorld, type LeadWorld } from "@/test/worlds/lead-world";

// The lead tests' small world, with teams: sales is on the car team, sales2 on
// the building team, the manager on none (as in the demo data).

export type CustomerWorld = LeadWorld & { carTeam: string; buildTeam: string };

export async function openCustomerWorld(database: TestDatabase): Promise<CustomerWorld> {
  const world = await openLeadWorld(database);
  const [car, build] = await Promise.all([
    world.db.team.create({ data: { name: "Bil" }, select: { id: true } }),
    world.db.team.create({ data: { name: "Bygg" }, select: { id: true } }),
  ]);
  await world.db.user.update({ where: { id: world.sales.userId }, data: { teamId: car.id } });
  await world.db.user.update({ where: { id: world.sales2.userId }, data: { teamId: build.id } });
  return {
    ...world,
    sales: { ...world.sales, teamId: car.id },
    sales2: { ...world.sales2, teamId: build.id },
    carTeam: car.id,
    buildTeam: build.id,
  };
}

/** A customer with a name and contact data that the tests can look for everywhere. */
export async function makeCustomer(
  db: PrismaClient,
  data: { name?: string; ownerId?: string | null; teamId?: string | null; email?: string } = {},
) {
  return db.customer.create({
    data: {
      name: data.name ?? "Ola Nordmann",
      email: data.email ?? "ola@eksempel.no",
      phone: "+4791234567",
      city: "Bergen",
      externalId: "hubspot-4711",
      notes: "Ringer helst etter kl. 16",
      ownerId: data.ownerId ?? null,
      teamId: data.teamId ?? null,
      journeyStage: "PURCHASE",
    },
    select: { id: true, name: true },
  });
}

type TouchpointSeed = {
  stage: "NEED" | "RESEARCH" | "PURCHASE" | "DELIVERY" | "USE" | "LOYALTY";
  phase: "BEFORE" | "DURING" | "AFTER";
  at: Date;
  summary?: string;
  leadId?: string;
};

export async function addTouchpoints(db: PrismaClient, customerId: string, rows: TouchpointSeed[]) {
  await db.touchpoint.createMany({
    data: rows.map((r) => ({
      customerId,
      leadId: r.leadId ?? null,
      occurredAt: r.at,
      channel: "WEB" as const,
      direction: "INBOUND" as const,
      phase: r.phase,
      owner: "CUSTOMER" as const,
      kind: "PAGE_VIEW" as const,
      stage: r.stage,
      summary: r.summary ?? "Så på modellen",
    })),
  });
}
