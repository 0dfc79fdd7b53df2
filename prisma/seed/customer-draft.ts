import type { Localized, TeamKey } from "./catalog";
import { type SeedContext, pickRep } from "./context";
import type { Person } from "./people";
import { say } from "./phrases-journey";
import type { Rng } from "./random";
import type {
  Channel,
  ConsentEventRow,
  ConsentRow,
  Direction,
  FollowUpOutcome,
  FollowUpRow,
  FollowUpType,
  JourneyStage,
  LeadRow,
  LoyaltyEntryRow,
  OrderEventRow,
  OrderRow,
  Phase,
  TouchpointKind,
  TouchpointOwner,
  TouchpointRow,
} from "./rows";

/** One customer's rows while they are being generated. */
export interface CustomerDraft {
  ctx: SeedContext;
  rng: Rng;
  id: string;
  person: Person;
  team: TeamKey;
  ownerId: string | null;
  touchpoints: TouchpointRow[];
  leads: LeadRow[];
  followUps: FollowUpRow[];
  orders: OrderRow[];
  orderEvents: OrderEventRow[];
  loyalty: LoyaltyEntryRow[];
  consents: ConsentRow[];
  consentEvents: ConsentEventRow[];
  /** Delivered orders and reviews, which the loyalty ledger turns into points. */
  deliveries: { order: OrderRow; at: number }[];
  reviews: number[];
}

export interface TouchpointInput {
  at: number;
  channel: Channel;
  direction: Direction;
  phase: Phase;
  owner: TouchpointOwner;
  kind: TouchpointKind;
  stage: JourneyStage;
  summary: string;
  topic?: string | null;
  leadId?: string | null;
  orderId?: string | null;
  campaignId?: string | null;
  actorId?: string | null;
  externalId?: string | null;
}

/** Records a touchpoint. Times are kept inside the history window and never after `now`. */
export function addTouchpoint(d: CustomerDraft, t: TouchpointInput): TouchpointRow {
  const at = Math.round(Math.min(d.ctx.now, Math.max(d.ctx.historyStart, t.at)));
  const row: TouchpointRow = {
    id: d.rng.uuid(),
    customerId: d.id,
    leadId: t.leadId ?? null,
    orderId: t.orderId ?? null,
    campaignId: t.campaignId ?? null,
    actorId: t.actorId ?? null,
    occurredAt: at,
    channel: t.channel,
    direction: t.direction,
    phase: t.phase,
    owner: t.owner,
    kind: t.kind,
    stage: t.stage,
    topic: t.topic ?? null,
    summary: t.summary,
    externalId: t.externalId ?? null,
    createdAt: at,
  };
  d.touchpoints.push(row);
  return row;
}

const FOLLOW_UP_TYPE: Partial<Record<TouchpointKind, FollowUpType>> = {
  CALL: "CALL",
  EMAIL: "EMAIL",
  CHAT_MESSAGE: "CHAT",
  MEETING: "MEETING",
  SMS: "SMS",
};

/** The follow-up a salesperson logged for an outbound touchpoint on a lead. */
export function addFollowUp(
  d: CustomerDraft,
  touchpoint: TouchpointRow,
  outcome: FollowUpOutcome,
  next: { at: number | null; step: string | null } = { at: null, step: null },
): void {
  const type = FOLLOW_UP_TYPE[touchpoint.kind];
  if (!type || !touchpoint.leadId || !touchpoint.actorId) return;
  const id = d.rng.uuid();
  d.followUps.push({
    id,
    leadId: touchpoint.leadId,
    authorId: touchpoint.actorId,
    touchpointId: touchpoint.id,
    type,
    outcome,
    note: touchpoint.summary,
    nextStep: next.step,
    nextFollowUpAt: next.at,
    idempotencyKey: `demo-${id}`,
    createdAt: touchpoint.occurredAt,
  });
}

export function text(d: CustomerDraft, template: Localized, vars: Record<string, string | number> = {}): string {
  return say(d.person.locale, template, vars);
}

/** Who made an outbound contact: the owner, or whoever on the team picked it up. */
export function actorFor(d: CustomerDraft, ownerId: string | null): string {
  return ownerId ?? pickRep(d.rng, d.ctx, d.team).id;
}

export function repSpeed(d: CustomerDraft, staffId: string): number {
  return d.ctx.staffById.get(staffId)?.speed ?? 1;
}
