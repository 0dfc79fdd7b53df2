import { DEFAULT_SLA_CONFIG, slaDueAt } from "@/lib/sla";
import { DEFAULT_SLA_MINUTES } from "@/lib/sla-minutes";
import type { Rng } from "./random";
import type { Channel } from "./rows";
import { DAY, HOUR, MINUTE } from "./time";

// The response clock as the demo data sets it: the rule real signals use (lib/sla.ts, business
// hours of the default calendar), so that "breaching now" does not climb every evening as a
// clock-time due would. The promise per channel is the default one, as Settings start.

/** Minutes we promise to answer within, by the channel the customer used (Settings' defaults). */
export const SLA_MINUTES: Record<Channel, number> = DEFAULT_SLA_MINUTES;

export type ClockState = "breached" | "due";

/** When the customer started waiting, so that the SLA is breached now or still running. */
export function waitingClock(
  rng: Rng,
  now: number,
  channel: Channel,
  state: ClockState,
  waitedMinutes?: number,
): { waitingSince: number; slaDueAt: number } {
  const sla = SLA_MINUTES[channel] * MINUTE;
  let waited: number;
  if (waitedMinutes !== undefined) waited = waitedMinutes * MINUTE;
  else if (state === "due") waited = sla * rng.between(0.05, 0.95);
  else {
    // Most breaches are fresh; a few leads have been forgotten for days.
    const overdue = rng.weighted<[number, number]>([
      [[MINUTE, 2 * HOUR], 50],
      [[2 * HOUR, DAY], 30],
      [[DAY, 4 * DAY], 20],
    ]);
    waited = sla + rng.between(overdue[0], overdue[1]);
  }
  let waitingSince = now - Math.round(waited);
  const due = (since: number) => slaDueAt(new Date(since), channel, DEFAULT_SLA_CONFIG).getTime();
  // A breach the plan asks for must be one in business time too: outside opening hours the promise
  // has not run out yet, so the customer is taken to have written earlier, an hour at a time.
  if (state === "breached" && waitedMinutes === undefined) {
    while (due(waitingSince) >= now) waitingSince -= HOUR;
  }
  return { waitingSince, slaDueAt: due(waitingSince) };
}

const MEDIAN_RESPONSE_MINUTES: Record<Channel, number> = {
  CHAT: 4,
  PHONE: 20,
  SMS: 25,
  WEB: 45,
  MOBILE: 45,
  CAMPAIGN: 60,
  SOCIAL: 90,
  EMAIL: 150,
  PARTNER: 240,
  STORE: 2,
  EVENT: 3,
  REVIEW: 240,
};

/** Minutes to the first human answer: long-tailed, and faster for quick reps. */
export function responseMinutes(rng: Rng, channel: Channel, repSpeed: number): number {
  const m = rng.logNormal(MEDIAN_RESPONSE_MINUTES[channel] * repSpeed, 1.1);
  return Math.max(1, Math.min(6_000, Math.round(m)));
}

// How leads convert. Channels where the customer talks to a person convert
// best; faster first answers convert better (the dashboard should show both).
const WIN_BASE: Record<Channel, number> = {
  STORE: 0.4,
  PARTNER: 0.34,
  PHONE: 0.28,
  CHAT: 0.26,
  EVENT: 0.24,
  WEB: 0.17,
  MOBILE: 0.17,
  SMS: 0.17,
  EMAIL: 0.15,
  CAMPAIGN: 0.2,
  SOCIAL: 0.09,
  REVIEW: 0.1,
};

function responseFactor(minutes: number | null): number {
  if (minutes === null) return 0;
  if (minutes <= 5) return 1.45;
  if (minutes <= 15) return 1.3;
  if (minutes <= 60) return 1.1;
  if (minutes <= 240) return 0.9;
  if (minutes <= 1440) return 0.65;
  return 0.45;
}

/** Scales the whole model so about one closed lead in six is won (the benchmark's 50k orders from 200k leads). */
const WIN_LEVEL = 0.6;

export function winProbability(channel: Channel, campaignLift: number, firstResponseMinutes: number | null): number {
  return Math.min(0.85, WIN_LEVEL * WIN_BASE[channel] * campaignLift * responseFactor(firstResponseMinutes));
}
