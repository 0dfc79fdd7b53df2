import type {
  ConsentPurpose,
  Direction,
  OrderMilestone,
  ProductCategory,
  Readiness,
  TouchpointKind,
} from "@/generated/prisma/enums";
import { consentNeeded } from "@/lib/messaging/consent";
import { isInboundBuyingSignal } from "@/lib/sla";
import type { AutomationConditions, AutomationTriggerSpec, ParsedRule } from "@/lib/validation/automation";

// When a journey automation starts, and whether a planned run may still go ahead when it is due.
// Pure rules: the server reads the facts, these decide.

const MINUTE_MS = 60_000;
const DAY_MS = 86_400_000;

/** A signal starts a SIGNAL rule of its own kind. */
export function signalStarts(trigger: AutomationTriggerSpec, kind: TouchpointKind): boolean {
  return trigger.trigger === "SIGNAL" && trigger.params.kind === kind;
}

export function milestoneStarts(trigger: AutomationTriggerSpec, milestone: OrderMilestone): boolean {
  return trigger.trigger === "ORDER_MILESTONE" && trigger.params.milestone === milestone;
}

/**
 * A slow-tracker warming up: the lead was SLOW before the signal (engaged for long, little buying
 * intent) and its score rose by at least minRise. A lead already WARM or HOT is sales' work, not
 * nurture's.
 */
export function scoreRiseStarts(
  trigger: AutomationTriggerSpec,
  before: { score: number; readiness: Readiness },
  after: { score: number },
): boolean {
  return (
    trigger.trigger === "SCORE_RISE" &&
    before.readiness === "SLOW" &&
    after.score - before.score >= trigger.params.minRise
  );
}

/** When a run started at `triggeredAt` is due: its delay is a job's runAt, never a timer. */
export function runDueAt(trigger: AutomationTriggerSpec, triggeredAt: Date): Date {
  return new Date(triggeredAt.getTime() + trigger.params.delayMinutes * MINUTE_MS);
}

/**
 * The window a time sweep reads for "N days after": what became N days old since a few days ago.
 * The lookback lets a sweep missed during an outage catch up; the run's unique key keeps it once.
 */
export function daysAgoWindow(now: Date, days: number, lookbackDays = 3): { from: Date; to: Date } {
  const to = new Date(now.getTime() - days * DAY_MS);
  return { from: new Date(to.getTime() - lookbackDays * DAY_MS), to };
}

/** The customer answered: an inbound touchpoint in which they reached out (not browsing, not our own). */
export function isReply(touchpoint: { kind: TouchpointKind; direction: Direction }): boolean {
  return touchpoint.direction === "INBOUND" && isInboundBuyingSignal(touchpoint.kind);
}

export type ConsentState = { purpose: ConsentPurpose; granted: boolean }[];

/** The consents a rule relies on before it runs: its consent condition, and what its fixed sends need. */
export function consentsRelied(rule: ParsedRule): ConsentPurpose[] {
  const purposes = new Set<ConsentPurpose>();
  if (rule.conditions.consent) purposes.add(rule.conditions.consent);
  for (const action of rule.actions) {
    if (action.type !== "sendForStage") continue;
    const needed = consentNeeded(action.channel, action.purpose);
    if (needed) purposes.add(needed);
  }
  return [...purposes];
}

export const hasConsent = (consents: ConsentState, purpose: ConsentPurpose) =>
  consents.some((c) => c.purpose === purpose && c.granted);

export type ConditionFacts = {
  consents: ConsentState;
  /** The lead's category, else the newest order's; null when neither. */
  category: ProductCategory | null;
  /** The lead's team, else the customer's. */
  teamId: string | null;
  /** Whether the customer is in the condition's segment now; undefined when there is none. */
  inSegment?: boolean;
};

/** The first condition that does not hold, or null when all do. */
export function failedCondition(
  conditions: AutomationConditions,
  facts: ConditionFacts,
): keyof AutomationConditions | null {
  if (conditions.consent && !hasConsent(facts.consents, conditions.consent)) return "consent";
  if (conditions.segmentId && !facts.inSegment) return "segmentId";
  if (conditions.category && facts.category !== conditions.category) return "category";
  if (conditions.teamId && facts.teamId !== conditions.teamId) return "teamId";
  return null;
}

export type StopReason =
  "disabled" | "broken" | "erased" | "replied" | "consent_withdrawn" | "no_consent" | "conditions";

export type RunFacts = ConditionFacts & {
  enabled: boolean;
  erased: boolean;
  /** The customer reached out after the trigger. */
  replied: boolean;
  /** Purposes the customer withdrew since the trigger. */
  withdrawnSince: ConsentPurpose[];
};

/** Why a due run must not go ahead, checked when it is due (not when it was planned); null: go. */
export function stopReason(rule: ParsedRule | null, facts: RunFacts): StopReason | null {
  if (!rule) return "broken";
  if (!facts.enabled) return "disabled";
  if (facts.erased) return "erased";
  if (facts.replied) return "replied";
  const relied = consentsRelied(rule);
  if (relied.some((p) => facts.withdrawnSince.includes(p))) return "consent_withdrawn";
  if (relied.some((p) => !hasConsent(facts.consents, p))) return "no_consent";
  if (failedCondition(rule.conditions, facts)) return "conditions";
  return null;
}
