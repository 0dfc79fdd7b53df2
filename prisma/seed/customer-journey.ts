import { addAmbientTouchpoints } from "./ambient-touchpoints";
import { DEMO_SEED, type SeedContext, pickRep } from "./context";
import type { CustomerDraft } from "./customer-draft";
import { buildConsents } from "./consents";
import { buildLead } from "./lead-builder";
import { pickProduct, randomLeadPlan } from "./lead-plan";
import { buildLoyaltyLedger } from "./loyalty-ledger";
import { buildDirectOrder } from "./order-builder";
import { makePerson } from "./people";
import { Rng } from "./random";
import { type CustomerRow, JOURNEY_STAGES, type JourneyStage } from "./rows";
import { scriptFor, staffId } from "./spotlight";
import { DAY, MINUTE } from "./time";

// One customer's whole journey, generated from their own PRNG stream so a
// customer's rows depend only on the seed, their index and `now` — not on
// batch sizes. Run-wide state (unique emails, order numbers) advances in
// index order, which the seeder preserves.

export function generateCustomer(ctx: SeedContext, index: number): { draft: CustomerDraft; customer: CustomerRow } {
  const rng = new Rng(DEMO_SEED, index + 1);
  const script = scriptFor(index);
  const team = script?.team ?? (rng.chance(0.45) ? "car" : "build");
  const person = script?.person ?? makePerson(rng, team, ctx.usedEmails);
  if (script?.person?.email) ctx.usedEmails.set(script.person.email, 1);
  const d: CustomerDraft = {
    ctx,
    rng,
    id: rng.uuid(),
    person,
    team,
    ownerId: null,
    touchpoints: [],
    leads: [],
    followUps: [],
    orders: [],
    orderEvents: [],
    loyalty: [],
    consents: [],
    consentEvents: [],
    deliveries: [],
    reviews: [],
  };
  d.ownerId = script ? staffId(ctx, script.ownerEmail) : rng.chance(0.88) ? pickRep(rng, ctx, team).id : null;

  const random = !script?.onlyScripted;
  const leadCount = random ? rng.poisson(ctx.plan.leadsPerCustomer) : 0;
  for (let i = 0; i < leadCount; i++) buildLead(d, randomLeadPlan(d));
  for (const plan of script?.leads(d) ?? []) buildLead(d, plan);
  const directCount = random ? rng.poisson(ctx.directOrdersPerCustomer) : 0;
  for (let i = 0; i < directCount; i++) buildDirectOrder(d, pickProduct(d));
  addAmbientTouchpoints(d, Math.max(d.touchpoints.length ? 0 : 1, rng.poisson(ctx.ambientPerCustomer)));

  // Known since their first trace, or long before for returning customers.
  let earliest = ctx.now;
  for (const t of d.touchpoints) earliest = Math.min(earliest, t.occurredAt);
  for (const l of d.leads) earliest = Math.min(earliest, l.createdAt);
  for (const o of d.orders) earliest = Math.min(earliest, o.placedAt);
  const createdAt = Math.round(
    rng.chance(0.35) ? earliest - rng.between(30, 1500) * DAY : earliest - rng.between(5 * MINUTE, 2 * DAY),
  );

  buildConsents(d, Math.min(ctx.now, createdAt + rng.between(0, 2) * DAY));
  const marketing = d.consents.some((c) => c.purpose === "MARKETING_EMAIL" && c.granted);
  const member = d.deliveries.length > 0 || marketing || rng.chance(0.3);
  const loyalty = buildLoyaltyLedger(d, member ? Math.min(ctx.now, createdAt + rng.between(0, 3) * DAY) : null);

  let stage = 0;
  let lastActivityAt: number | null = null;
  for (const t of d.touchpoints) {
    stage = Math.max(stage, JOURNEY_STAGES.indexOf(t.stage));
    if (lastActivityAt === null || t.occurredAt > lastActivityAt) lastActivityAt = t.occurredAt;
  }
  const customer: CustomerRow = {
    id: d.id,
    name: person.name,
    email: person.email,
    phone: person.phone,
    city: person.city,
    locale: person.locale,
    currency: person.currency,
    teamId: ctx.teams[team].id,
    ownerId: d.ownerId,
    journeyStage: JOURNEY_STAGES[stage] as JourneyStage,
    loyaltyTier: loyalty.tier,
    loyaltyPoints: loyalty.points,
    lastActivityAt,
    createdAt,
    updatedAt: Math.max(createdAt, lastActivityAt ?? createdAt),
  };
  return { draft: d, customer };
}
