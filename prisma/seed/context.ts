import { type CampaignInstance, campaignsFor } from "./campaigns";
import { TEAMS, type TeamKey } from "./catalog";
import { Rng } from "./random";
import type { ScalePlan } from "./scale";
import { type StaffMember, makeStaff } from "./staff";
import { DAY, HISTORY_DAYS, startOfOsloDay } from "./time";

/** The fixed seed of the demo data. Change it and every id changes. */
export const DEMO_SEED = 0x7e15e;

/** Everything shared while generating: the clock, the cast, and the run-wide counters. */
export interface SeedContext {
  now: number;
  historyStart: number;
  todayStart: number;
  plan: ScalePlan;
  teams: Record<TeamKey, { id: string; name: string; orderPrefix: string }>;
  staff: StaffMember[];
  manager: StaffMember;
  /** The team's reps with their weights, built once: `pickRep` runs for nearly every lead. */
  repWeights: Record<TeamKey, (readonly [StaffMember, number])[]>;
  staffById: Map<string, StaffMember>;
  campaigns: CampaignInstance[];
  /** Email → times used, to keep generated addresses unique. */
  usedEmails: Map<string, number>;
  nextOrderNumber: Record<TeamKey, number>;
  /** Touchpoints a customer gets besides those of their leads and orders. */
  ambientPerCustomer: number;
  /** Orders placed without a lead, topping won leads up to the plan's orders per customer. */
  directOrdersPerCustomer: number;
}

export function createContext(now: number, plan: ScalePlan): SeedContext {
  const rng = new Rng(DEMO_SEED, 0xffff_fff0);
  const staff = makeStaff(rng, plan.extraRepsPerTeam, new Rng(DEMO_SEED, 0x5a1e5));
  const sales = (team: TeamKey) => staff.filter((s) => s.role === "SALES" && s.team === team);
  const weights = (team: TeamKey) => sales(team).map((s) => [s, s.weight] as const);
  return {
    now,
    historyStart: now - HISTORY_DAYS * DAY,
    todayStart: startOfOsloDay(now),
    plan,
    teams: {
      car: { id: rng.uuid(), name: TEAMS.car.name, orderPrefix: TEAMS.car.orderPrefix },
      build: { id: rng.uuid(), name: TEAMS.build.name, orderPrefix: TEAMS.build.orderPrefix },
    },
    staff,
    manager: staff.find((s) => s.role === "MANAGER")!,
    repWeights: { car: weights("car"), build: weights("build") },
    staffById: new Map(staff.map((s) => [s.id, s])),
    campaigns: campaignsFor(now, () => rng.uuid()),
    usedEmails: new Map(),
    nextOrderNumber: { car: TEAMS.car.firstOrderNumber, build: TEAMS.build.firstOrderNumber },
    ambientPerCustomer: ambientTouchpoints(plan),
    directOrdersPerCustomer: Math.max(0.01, plan.ordersPerCustomer - plan.leadsPerCustomer * WON_SHARE_OF_LEADS),
  };
}

// Measured averages of what one lead and one order bring along (checked by
// seed.test.ts "has the demo volume"); the rest of the per-customer target is
// research, newsletters, reviews and the like.
const TOUCHPOINTS_PER_LEAD = { demo: 4.3, benchmark: 3.7 };
const TOUCHPOINTS_PER_ORDER = 5.4;
const WON_SHARE_OF_LEADS = 0.115;

function ambientTouchpoints(plan: ScalePlan): number {
  const perLead =
    TOUCHPOINTS_PER_LEAD.benchmark + (TOUCHPOINTS_PER_LEAD.demo - TOUCHPOINTS_PER_LEAD.benchmark) * plan.detail;
  const structured = plan.leadsPerCustomer * perLead + plan.ordersPerCustomer * TOUCHPOINTS_PER_ORDER;
  return Math.max(0.2, plan.touchpointsPerCustomer - structured);
}

/** A salesperson of the team, weighted so the two demo reps own the most. */
export function pickRep(rng: Rng, ctx: SeedContext, team: TeamKey): StaffMember {
  return rng.weighted(ctx.repWeights[team]);
}
