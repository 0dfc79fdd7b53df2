import type { CampaignInstance } from "./campaigns";
import { PARTNERS, QUOTED_WEEKS, type Topic, priceMinor } from "./catalog";
import { type CustomerDraft, type TouchpointInput, addTouchpoint, text } from "./customer-draft";
import type { LeadPlan } from "./lead-plan";
import { ANSWERS, ASKED, BROWSED, PLACES, QUESTIONS, REPLIED } from "./phrases-journey";
import type { Channel, TouchpointKind, TouchpointRow } from "./rows";

// The touchpoints of a lead: the buying signal that opened it, our replies,
// and the research around it. Inbound signals belong to the customer (or the
// partner, or social media); what staff send carries their id as actor.

type Vars = Record<string, string | number>;

const money = (locale: string) => {
  const byCurrency = new Map<string, Intl.NumberFormat>();
  return (currency: string) => {
    let f = byCurrency.get(currency);
    if (!f)
      byCurrency.set(
        currency,
        (f = new Intl.NumberFormat(locale, { style: "currency", currency, maximumFractionDigits: 0 })),
      );
    return f;
  };
};
const MONEY = { nb: money("nb-NO"), da: money("da-DK"), en: money("en-GB") };

export function leadVars(d: CustomerDraft, plan: LeadPlan, interest: string): Vars {
  const locale = d.person.locale;
  const [lo, hi] = QUOTED_WEEKS[plan.product.category];
  const price = priceMinor(plan.product.priceNok[0], d.person.currency) / 100;
  return {
    price: MONEY[locale](d.person.currency).format(price),
    short: plan.product.short[locale],
    weeks: lo === hi ? lo : `${lo}–${hi}`,
    place: PLACES[d.team][locale],
    interest,
  };
}

export function question(d: CustomerDraft, topic: Topic, vars: Vars): string {
  return text(d, QUESTIONS[topic], vars);
}

/** The inbound touchpoint that opened the lead, in the shape its channel gives it. */
export function signalTouchpoint(
  d: CustomerDraft,
  leadId: string,
  plan: LeadPlan,
  channel: Channel,
  at: number,
  campaign: CampaignInstance | null,
  vars: Vars,
  topic: Topic = plan.topic,
): TouchpointRow {
  const { rng } = d;
  const q = question(d, topic, vars);
  const event = campaign?.name ?? (d.team === "car" ? "Nordvik-dagene" : "Fjordsiden-dagene");
  let kind: TouchpointKind;
  let owner: TouchpointInput["owner"] = "CUSTOMER";
  let summary: string;
  switch (channel) {
    case "CHAT":
      kind = "CHAT_MESSAGE";
      summary = text(d, ASKED.CHAT_MESSAGE, { q });
      break;
    case "PHONE":
      kind = rng.chance(0.6) ? "CALL" : "CALLBACK_REQUEST";
      summary = text(d, ASKED[kind], { q });
      break;
    case "WEB":
      kind = rng.chance(0.65) ? "FORM_SUBMISSION" : "CALLBACK_REQUEST";
      summary = text(d, ASKED[kind], { q });
      break;
    case "MOBILE":
      kind = topic === "test_drive" || rng.chance(0.4) ? "APPOINTMENT_REQUEST" : "FORM_SUBMISSION";
      summary = text(d, ASKED[kind], { q });
      break;
    case "EMAIL":
      kind = "EMAIL";
      summary = text(d, ASKED.EMAIL, { q });
      break;
    case "SMS":
      kind = "SMS";
      summary = text(d, ASKED.SMS, { q });
      break;
    case "STORE":
      kind = "STORE_VISIT";
      owner = "BRAND";
      summary = text(d, ASKED.STORE_VISIT, { ...vars, q });
      break;
    case "EVENT":
      kind = "EVENT_VISIT";
      owner = "BRAND";
      summary = text(d, ASKED.EVENT_VISIT, { event, q });
      break;
    case "SOCIAL":
      kind = "SOCIAL_MENTION";
      owner = "SOCIAL";
      summary = text(d, ASKED.SOCIAL_MENTION, { q });
      break;
    case "PARTNER":
      kind = "PARTNER_REFERRAL";
      owner = "PARTNER";
      summary = text(d, ASKED.PARTNER_REFERRAL, {
        partner: rng.pick(PARTNERS[d.team].referral),
        interest: vars.interest,
      });
      break;
    default:
      kind = "FORM_SUBMISSION";
      summary = text(d, ASKED.CAMPAIGN_FORM, { campaign: campaign?.name ?? "", q });
  }
  const id = addTouchpoint(d, {
    at,
    channel,
    direction: "INBOUND",
    phase: "BEFORE",
    owner,
    kind,
    stage: "RESEARCH",
    topic,
    summary,
    leadId,
    campaignId: campaign?.id ?? null,
  });
  // Chat and web signals arrive through the ingest API with the source system's id.
  if (channel === "CHAT" || kind === "FORM_SUBMISSION") id.externalId = `${channel.toLowerCase()}-${id.id}`;
  return id;
}

/** How a salesperson answers a lead that came in on `channel`. */
export function replyShape(d: CustomerDraft, channel: Channel): [Channel, keyof typeof REPLIED] {
  switch (channel) {
    case "CHAT":
      return ["CHAT", "CHAT_MESSAGE"];
    case "EMAIL":
      return ["EMAIL", "EMAIL"];
    case "SMS":
      return ["SMS", "SMS"];
    case "STORE":
    case "EVENT":
      return ["STORE", "MEETING"];
    default:
      return d.rng.chance(0.7) ? ["PHONE", "CALL"] : ["EMAIL", "EMAIL"];
  }
}

export function replyTouchpoint(
  d: CustomerDraft,
  leadId: string,
  shape: [Channel, keyof typeof REPLIED],
  at: number,
  actorId: string,
  answer: string,
  vars: Vars,
  stage: "RESEARCH" | "PURCHASE" = "RESEARCH",
  topic: string | null = null,
): TouchpointRow {
  return addTouchpoint(d, {
    at,
    channel: shape[0],
    kind: shape[1],
    direction: "OUTBOUND",
    phase: "BEFORE",
    owner: "BRAND",
    stage,
    summary: text(d, REPLIED[shape[1]], { ...vars, a: answer }),
    leadId,
    actorId,
    topic,
  });
}

export function answerFor(d: CustomerDraft, topic: Topic, vars: Vars): string {
  return text(d, ANSWERS[topic], vars);
}

/** Research on our own channels: the slow-tracker's months of looking. */
export function researchTouchpoint(
  d: CustomerDraft,
  leadId: string | null,
  at: number,
  vars: Vars,
  campaign: CampaignInstance | null,
): TouchpointRow {
  const { rng } = d;
  const kind = rng.weighted<TouchpointKind>([
    ["PAGE_VIEW", 45],
    ["PRICE_CHECK", 25],
    ["BROCHURE_DOWNLOAD", 12],
    ["NEWSLETTER_CLICK", 18],
  ]);
  const app = kind === "PAGE_VIEW" && rng.chance(0.3);
  const finance = kind === "PRICE_CHECK" && d.team === "car" && rng.chance(0.4);
  const summary =
    kind === "NEWSLETTER_CLICK"
      ? text(d, BROWSED.NEWSLETTER_CLICK, { what: campaign?.name ?? vars.short })
      : kind === "PAGE_VIEW"
        ? text(d, app ? BROWSED.PAGE_VIEW_APP : BROWSED.PAGE_VIEW, vars)
        : text(d, finance ? BROWSED.FINANCE_CHECK : BROWSED[kind as "PRICE_CHECK" | "BROCHURE_DOWNLOAD"], vars);
  return addTouchpoint(d, {
    at,
    kind,
    channel: kind === "NEWSLETTER_CLICK" ? "EMAIL" : app ? "MOBILE" : "WEB",
    direction: "INBOUND",
    phase: "BEFORE",
    owner: "BRAND",
    stage: rng.chance(0.3) ? "NEED" : "RESEARCH",
    topic: kind === "PRICE_CHECK" ? (finance ? "financing" : "price") : null,
    summary,
    leadId,
    campaignId: kind === "NEWSLETTER_CLICK" ? (campaign?.id ?? null) : null,
  });
}
