import "server-only";
import { z } from "zod";
import { getDb } from "@/server/db";
import { JOURNEY_STAGES, LOYALTY_TIERS } from "@/lib/validation/customer-filter-options";

// Test-only customers for the customer list's e2e specs, with exactly the fields the filters read.
// Served by app/api/e2e/customers/route.e2e.ts, which only test builds compile (next.config.js).

export const customerFixtureSchema = z.object({
  name: z.string().min(1).max(120),
  email: z.email().optional(),
  phone: z
    .string()
    .regex(/^\+\d{8,15}$/)
    .optional(),
  city: z.string().max(80).optional(),
  tier: z.enum(LOYALTY_TIERS).default("BASIC"),
  stage: z.enum(JOURNEY_STAGES).default("RESEARCH"),
  marketing: z.boolean().default(false),
  /** The customer belongs to this staff member's team (and is owned by them). */
  ownerEmail: z.email(),
  activityDaysAgo: z.number().int().min(0).max(3650).default(1),
});

export async function createCustomerFixture(input: z.infer<typeof customerFixtureSchema>) {
  const db = await getDb();
  const owner = await db.user.findUniqueOrThrow({
    where: { email: input.ownerEmail },
    select: { id: true, teamId: true },
  });
  const now = new Date();
  return db.customer.create({
    data: {
      name: input.name,
      email: input.email,
      phone: input.phone,
      city: input.city,
      loyaltyTier: input.tier,
      journeyStage: input.stage,
      ownerId: owner.id,
      teamId: owner.teamId,
      lastActivityAt: new Date(now.getTime() - input.activityDaysAgo * 86_400_000),
      consents: { create: { purpose: "MARKETING_EMAIL", granted: input.marketing, updatedAt: now } },
    },
    select: { id: true },
  });
}
