// The speed-to-lead clock: how quickly we promise to answer a customer who
// reached out, and whether we kept the promise.
//
// The rule, in plain words:
// - The clock starts when an inbound buying signal arrives (a chat question, a
//   callback request, a form …; see isInboundBuyingSignal) and nobody is already
//   waiting on us. It measures from the OLDEST unanswered signal.
// - The first outbound human follow-up that reaches the customer stops it (a
//   call they took, a voicemail, an email, a chat reply by a salesperson; see
//   answersTheCustomer). A call nobody picked up, or a meeting they did not come
//   to, is logged but the customer is still waiting. Automated messages
//   (auto-replies, newsletters, order notifications) don't stop it either: a
//   customer who gets "thanks, we'll be in touch" is still waiting.
// - The promise counts business hours only (lib/business-hours.ts): a chat on
//   Friday at 16:50 with a 15-minute promise is due Monday at 08:05, or Tuesday
//   when Monday is a public holiday or a day the team closed. The hours are
//   those of the team that owns the lead (server/teams/calendar.ts).
// - What the seller sees as "waiting" is wall-clock time, because that is what
//   the customer feels: the Friday chat has waited 2 days 15 hours on Monday.

import type { Channel, FollowUpOutcome, FollowUpType, TouchpointKind } from "@/generated/prisma/enums";
import {
  addBusinessMinutes,
  businessMinutesBetween,
  DEFAULT_BUSINESS_HOURS,
  type BusinessHours,
} from "./business-hours";
import { DEFAULT_SLA_MINUTES } from "./sla-minutes";

export type { Channel, TouchpointKind };

// The defaults and the clock's state live in files of their own so that client components
// can read them without pulling in the holiday rules (lib/holidays.ts) that business hours use.
export { DEFAULT_SLA_MINUTES } from "./sla-minutes";
export { slaState, type SlaClock, type SlaState } from "./sla-state";

export type SlaConfig = { minutesByChannel: Record<Channel, number>; hours: BusinessHours };

export const DEFAULT_SLA_CONFIG: SlaConfig = {
  minutesByChannel: DEFAULT_SLA_MINUTES,
  hours: DEFAULT_BUSINESS_HOURS,
};

/** When the answer to a signal that arrived at `signalAt` on `channel` is due. */
export function slaDueAt(signalAt: Date, channel: Channel, config: SlaConfig = DEFAULT_SLA_CONFIG): Date {
  return addBusinessMinutes(signalAt, config.minutesByChannel[channel], config.hours);
}

// Kinds where a customer reached out and expects a person to answer.
// Browsing (page views, price checks, brochures, newsletter clicks) feeds the
// lead score instead; it asks nothing of us. Reviews, orders, deliveries,
// service visits and loyalty rewards belong to other clocks.
const CLOCK_STARTING_KINDS: ReadonlySet<TouchpointKind> = new Set<TouchpointKind>([
  "CHAT_MESSAGE",
  "CALLBACK_REQUEST",
  "FORM_SUBMISSION",
  "APPOINTMENT_REQUEST",
  "ORDER_QUESTION",
  "PARTNER_REFERRAL",
  "EMAIL",
  "SMS",
  // An inbound call that reached nobody, or promised a call back.
  "CALL",
  // Met in the store or at a stand: the question asked there still needs an answer.
  "STORE_VISIT",
  "EVENT_VISIT",
  // A public question to us on social media.
  "SOCIAL_MENTION",
]);

/**
 * Whether a touchpoint of this kind starts the clock WHEN IT IS INBOUND. The
 * caller checks the direction: an outbound EMAIL is our answer, not a signal.
 * The first outbound human follow-up stops the clock; automated messages don't.
 */
export function isInboundBuyingSignal(kind: TouchpointKind): boolean {
  return CLOCK_STARTING_KINDS.has(kind);
}

/**
 * Whether a logged follow-up reached the customer, so that it answers them and stops the clock.
 * Anything written (email, SMS, chat) reaches them whatever came back; a voicemail does too. Only
 * a call nobody took, or a meeting nobody came to, is an attempt: logged, with the clock running on.
 */
export function answersTheCustomer(type: FollowUpType, outcome: FollowUpOutcome): boolean {
  return !(outcome === "NO_ANSWER" && (type === "CALL" || type === "MEETING"));
}

/**
 * Business minutes from the first signal to the first human answer, rounded up
 * to whole minutes so that `firstResponseMinutes ≤ SLA minutes` exactly when the
 * answer came by the due time. An answer given outside opening hours, before
 * the clock started counting, is 0.
 */
export function firstResponseMinutes(
  firstSignalAt: Date,
  respondedAt: Date,
  config: SlaConfig = DEFAULT_SLA_CONFIG,
): number {
  return Math.ceil(businessMinutesBetween(firstSignalAt, respondedAt, config.hours));
}
