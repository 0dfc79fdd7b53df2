import { activeCampaign } from "./campaigns";
import { priceMinor } from "./catalog";
import { type CustomerDraft, actorFor, addFollowUp, repSpeed, text } from "./customer-draft";
import {
  answerFor,
  leadVars,
  replyShape,
  replyTouchpoint,
  researchTouchpoint,
  signalTouchpoint,
} from "./lead-touchpoints";
import { lostReasonIndex, lowerFirst, nextFollowUp, pickCampaign, scoreFor } from "./lead-details";
import type { LeadPlan } from "./lead-plan";
import { buildOrder } from "./order-builder";
import { LOST_REASONS, NEEDS, NEXT_STEPS, PROGRESS } from "./phrases-journey";
import { DEMO_LOST_REASON_IDS } from "./lost-reasons";
import { responseMinutes, SLA_MINUTES, waitingClock, winProbability } from "./response-clock";
import type { Channel, LeadRow, LeadStage, OrderRow, Readiness } from "./rows";
import { DAY, HOUR, MINUTE } from "./time";

// Builds a lead from its plan: when it came in, whether and how fast we
// answered, how far it got, and the touchpoints and follow-ups on the way.
// Closed leads win by the conversion model in response-clock.ts.

const CAMPAIGN_LINK: Partial<Record<Channel, number>> = {
  CAMPAIGN: 1,
  EMAIL: 0.75,
  SOCIAL: 0.75,
  EVENT: 0.75,
  WEB: 0.35,
  MOBILE: 0.35,
};
const LOST_FROM: LeadStage[] = ["NEW", "CONTACTED", "QUALIFIED", "PROPOSAL"];
const DEPTH: Record<LeadStage, number> = { NEW: 0, CONTACTED: 1, QUALIFIED: 2, PROPOSAL: 3, WON: 3, LOST: 1 };

export function buildLead(d: CustomerDraft, plan: LeadPlan): LeadRow {
  const { rng, ctx } = d;
  const { now } = ctx;
  const id = rng.uuid();
  const open = plan.state !== "CLOSED";
  const cycle = () => (plan.product.category === "CAR" ? rng.logNormal(18, 0.7) : rng.logNormal(9, 0.8)) * DAY;
  const valueMinor = plan.order?.totalMinor ?? priceMinor(rng.between(...plan.product.priceNok), d.person.currency);

  // When it started, when it ended, and whether someone is waiting on us now.
  let order: OrderRow | null = null;
  let createdAt: number;
  let closedAt: number | null = null;
  let clock: { waitingSince: number; slaDueAt: number } | null = null;
  let waitChannel: Channel = plan.channel;
  if (plan.state === "NEW") {
    clock = waitingClock(rng, now, plan.channel, plan.clock ?? "due", plan.waitedMinutes);
    createdAt = clock.waitingSince;
  } else if (open) {
    const ageDays =
      plan.readiness === "SLOW" ? rng.between(25, 220) : Math.min(60, Math.max(0.15, rng.logNormal(6, 1)));
    createdAt = now - ageDays * DAY;
    if (plan.clock) {
      waitChannel =
        plan.waitChannel ??
        rng.weighted<Channel>([
          ["CHAT", 40],
          ["EMAIL", 25],
          ["PHONE", 20],
          ["SMS", 15],
        ]);
      clock = waitingClock(rng, now, waitChannel, plan.clock, plan.waitedMinutes);
      if (clock.waitingSince - createdAt < 2 * HOUR) createdAt = clock.waitingSince - rng.between(2 * HOUR, 5 * DAY);
    }
  } else if (plan.outcome === "WON" && plan.order?.milestone) {
    // A scripted order sets the date the lead was won.
    order = buildOrder(d, {
      ...plan.order,
      product: plan.product,
      totalMinor: valueMinor,
      leadId: id,
      ownerId: plan.ownerId,
    });
    closedAt = order.placedAt;
    createdAt = closedAt - cycle();
  } else if (plan.closedDaysAgo !== undefined) {
    closedAt = now - plan.closedDaysAgo * DAY;
    createdAt = closedAt - cycle();
  } else {
    // Campaigns bring leads: a share of them started while one was running.
    const driver = rng.chance(0.3) ? pickCampaign(d, plan) : null;
    createdAt = driver
      ? rng.between(driver.startsAt, Math.min(driver.endsAt, now - 3 * DAY))
      : rng.between(ctx.historyStart + DAY, now - 3 * DAY);
    closedAt = Math.min(createdAt + cycle(), now - 2 * HOUR);
  }
  createdAt = Math.round(Math.max(createdAt, ctx.historyStart));

  const campaign = activeCampaign(ctx.campaigns, createdAt, plan.product.category);
  const linked =
    campaign && rng.chance(Math.max(CAMPAIGN_LINK[plan.channel] ?? 0, campaign.channel === plan.channel ? 0.9 : 0.05))
      ? campaign
      : null;
  const channel: Channel = plan.channel === "CAMPAIGN" && !linked ? "WEB" : plan.channel;

  // The first human answer, if there was one; a few closed leads never got one.
  const answered = plan.state !== "NEW" && (open || plan.outcome === "WON" || !rng.chance(0.05));
  const responder = answered ? actorFor(d, plan.ownerId) : null;
  const lifeEnd = clock && plan.state !== "NEW" ? clock.waitingSince : (closedAt ?? now);
  let minutes = responder ? responseMinutes(rng, channel, repSpeed(d, responder)) : null;
  if (minutes !== null) minutes = Math.max(1, Math.min(minutes, Math.floor((lifeEnd - createdAt) / 2 / MINUTE)));
  const firstResponseAt = minutes !== null ? createdAt + minutes * MINUTE : null;

  const won =
    !open && (plan.outcome ? plan.outcome === "WON" : rng.chance(winProbability(channel, linked?.lift ?? 1, minutes)));
  const stage: LeadStage = open ? (plan.state as LeadStage) : won ? "WON" : "LOST";
  const detail = ctx.plan.detail;
  const depth = stage === "LOST" ? (answered ? rng.int(1, rng.chance(detail) ? 3 : 2) : 0) : DEPTH[stage];
  const readiness: Readiness =
    plan.readiness ??
    (won
      ? rng.chance(0.7)
        ? "HOT"
        : "WARM"
      : rng.weighted<Readiness>([
          ["HOT", 15],
          ["WARM", 50],
          ["SLOW", 35],
        ]));

  const locale = d.person.locale;
  const interest = `${plan.product.name[locale]} – ${text(d, rng.pick(NEEDS[d.team]))}`;
  const vars = leadVars(d, plan, interest);
  const start = d.touchpoints.length;

  if (rng.chance(0.15 + 0.3 * detail)) researchTouchpoint(d, id, createdAt - rng.between(HOUR, 10 * DAY), vars, linked);
  signalTouchpoint(d, id, plan, channel, createdAt, linked, vars);
  if (readiness === "SLOW" && open) {
    for (let i = rng.int(4, 6 + Math.round(2 * detail)); i > 0; i--)
      researchTouchpoint(d, id, rng.between(createdAt, now), vars, linked);
  }

  let stageChangedAt = createdAt;
  let last: ReturnType<typeof replyTouchpoint> | null = null;
  if (firstResponseAt !== null && responder) {
    const shape = replyShape(d, channel);
    last = replyTouchpoint(
      d,
      id,
      shape,
      firstResponseAt,
      responder,
      answerFor(d, plan.topic, vars),
      vars,
      "RESEARCH",
      plan.topic,
    );
    addFollowUp(d, last, "REACHED");
    stageChangedAt = firstResponseAt;
    const progressEnd = lifeEnd;
    if (depth >= 2) {
      const at = firstResponseAt + (progressEnd - firstResponseAt) * rng.between(0.15, 0.45);
      const meeting = d.team === "car" ? plan.topic === "test_drive" || rng.chance(0.4) : rng.chance(0.3);
      last = replyTouchpoint(
        d,
        id,
        meeting ? ["STORE", "MEETING"] : ["PHONE", "CALL"],
        at,
        responder,
        text(d, PROGRESS.qualified),
        vars,
      );
      addFollowUp(d, last, meeting ? "MEETING_BOOKED" : "REACHED");
      stageChangedAt = at;
    }
    if (depth >= 3) {
      const at = firstResponseAt + (progressEnd - firstResponseAt) * rng.between(0.5, 0.85);
      last = replyTouchpoint(
        d,
        id,
        ["EMAIL", "EMAIL"],
        at,
        responder,
        text(d, PROGRESS.proposal, vars),
        vars,
        "PURCHASE",
      );
      addFollowUp(d, last, "PROPOSAL_SENT");
      stageChangedAt = at;
    }
  }
  if (clock && plan.state !== "NEW") {
    const topic = rng.chance(0.5) ? "delivery_time" : plan.topic;
    signalTouchpoint(d, id, plan, waitChannel, clock.waitingSince, null, vars, topic);
  }

  let lostReason: string | null = null;
  let lostReasonId: string | null = null;
  if (closedAt !== null) {
    stageChangedAt = closedAt;
    if (won && responder) {
      last = replyTouchpoint(
        d,
        id,
        d.rng.chance(0.5) ? ["STORE", "MEETING"] : ["PHONE", "CALL"],
        closedAt,
        responder,
        text(d, PROGRESS.won),
        vars,
        "PURCHASE",
      );
      addFollowUp(d, last, "REACHED");
      order ??= buildOrder(d, {
        ...plan.order,
        product: plan.product,
        totalMinor: valueMinor,
        leadId: id,
        ownerId: plan.ownerId ?? responder,
        placedAt: closedAt,
      });
    } else if (!won) {
      const reason = lostReasonIndex(d, plan, minutes);
      lostReason = text(d, LOST_REASONS[reason]);
      lostReasonId = DEMO_LOST_REASON_IDS[reason] ?? null;
      if (responder) {
        const silent = reason === 5;
        last = replyTouchpoint(
          d,
          id,
          silent ? ["PHONE", "CALL"] : ["EMAIL", "EMAIL"],
          closedAt,
          responder,
          silent ? text(d, PROGRESS.noAnswer) : text(d, PROGRESS.lost, { reason: lowerFirst(lostReason) }),
          vars,
        );
        addFollowUp(d, last, silent ? "NO_ANSWER" : "NOT_INTERESTED");
      }
    }
  }

  const nextFollowUpAt = open && firstResponseAt !== null ? nextFollowUp(d, readiness, stageChangedAt) : null;
  if (last && nextFollowUpAt !== null) {
    const fu = d.followUps[d.followUps.length - 1];
    if (fu?.touchpointId === last.id) Object.assign(fu, { nextFollowUpAt, nextStep: text(d, rng.pick(NEXT_STEPS)) });
  }
  let lastActivityAt = createdAt;
  for (let i = start; i < d.touchpoints.length; i++) {
    const t = d.touchpoints[i];
    if (t.leadId === id && t.occurredAt > lastActivityAt) lastActivityAt = t.occurredAt;
  }

  const lead: LeadRow = {
    id,
    customerId: d.id,
    ownerId: plan.ownerId ?? (answered ? responder : null),
    campaignId: linked?.id ?? null,
    interest,
    category: plan.product.category,
    sourceChannel: channel,
    stage,
    lostReason,
    lostReasonId,
    // The depth of a lost lead is how far it got before it was lost: the stage it was lost from.
    lostFromStage: stage === "LOST" ? LOST_FROM[depth] : null,
    slaMinutes: SLA_MINUTES[channel],
    valueMinor,
    score: scoreFor(d, stage, readiness),
    readiness,
    scoredAt: d.ctx.now,
    waitingSince: clock?.waitingSince ?? null,
    slaDueAt: clock?.slaDueAt ?? null,
    firstResponseAt,
    firstResponseMinutes: minutes,
    nextFollowUpAt,
    lastActivityAt,
    stageChangedAt: Math.round(stageChangedAt),
    closedAt: closedAt !== null ? Math.round(closedAt) : null,
    version: 0,
    createdAt,
    updatedAt: lastActivityAt,
  };
  d.leads.push(lead);
  return lead;
}
