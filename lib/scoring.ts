// Lead scoring: how ready is this customer to buy, and why do we think so.
// Rule-based on purpose: every point on a lead can be traced to something the
// customer did, so a seller can trust (and argue with) the number.
//
// The rules, in plain words:
// 1. Only what the customer does counts. Our own calls, emails and campaigns
//    score nothing; nor do orders, deliveries, reviews or service visits, which
//    come after a purchase and tell nothing about the next one.
// 2. Each thing the customer does is worth points by how close to buying it is
//    (SCORING.rules): asking about delivery time is the strongest signal (they
//    are planning *when*, not *whether*), then trade-in, financing, test drive,
//    price, availability and installation. Downloading a brochure is worth a
//    little, a page view almost nothing.
// 3. A conversation (chat, call, form, email, visit …) counts once, as the
//    stronger of what it was about (its topic) and what kind of contact it was.
// 4. Points fade: a signal loses half its weight every 7 days.
// 5. Repeating the same thing adds up, but only to a ceiling per rule, so 200
//    page views can never outweigh one question about delivery time.
// 6. The score is the sum, at most 100.
// 7. HOT: score 60 or more AND a strong signal (a buying question or a request
//    for an appointment or a call back) in the last 72 hours. Call them first.
//    SLOW ("slow-tracker"): engaged — at least 3 signals in the last 90 days —
//    but scoring under 30. They are researching, not ready to buy; nurture them
//    and don't let them flood sales. The moment their signals rise (a new
//    question about delivery), the score rises and they leave SLOW.
//    WARM: everyone else, including leads we know too little about.

import type { TouchpointKind } from "@/generated/prisma/enums";

type Rule = { points: number; cap: number; strong: boolean };

/** Every constant of the model, in one place. */
export const SCORING = {
  halfLifeDays: 7,
  maxScore: 100,
  hotMinScore: 60,
  /** A strong signal this recent is needed for HOT. */
  hotRecentHours: 72,
  slowMaxScore: 30,
  /** "Engaged": this many signals within engagedWindowDays. */
  engagedMinSignals: 3,
  engagedWindowDays: 90,
  /**
   * Per rule: points for one fresh signal; the ceiling for all its signals
   * together (asking again counts for more, up to the ceiling; browsing
   * tops out far below one real question); and whether it is a strong signal
   * that can make a lead HOT.
   */
  rules: {
    "topic.delivery_time": { points: 80, cap: 100, strong: true },
    "topic.trade_in": { points: 70, cap: 100, strong: true },
    "topic.financing": { points: 70, cap: 100, strong: true },
    "topic.test_drive": { points: 70, cap: 100, strong: true },
    "topic.price": { points: 65, cap: 100, strong: true },
    "topic.availability": { points: 60, cap: 90, strong: true },
    "topic.installation": { points: 55, cap: 85, strong: true },
    "contact.appointment_request": { points: 60, cap: 90, strong: true },
    "contact.callback_request": { points: 50, cap: 75, strong: true },
    "contact.partner_referral": { points: 45, cap: 60, strong: false },
    "contact.store_visit": { points: 40, cap: 60, strong: false },
    "contact.event_visit": { points: 30, cap: 45, strong: false },
    "contact.message": { points: 30, cap: 45, strong: false },
    "contact.social_mention": { points: 10, cap: 20, strong: false },
    "browse.price_check": { points: 10, cap: 20, strong: false },
    "browse.financing_check": { points: 10, cap: 20, strong: false },
    "browse.brochure_download": { points: 6, cap: 12, strong: false },
    "browse.newsletter_click": { points: 3, cap: 6, strong: false },
    "browse.page_view": { points: 1, cap: 8, strong: false },
  } satisfies Record<string, Rule>,
} as const;

export type ScoreRule = keyof typeof SCORING.rules;
export const SCORE_RULES = Object.keys(SCORING.rules) as ScoreRule[];

/** English labels for the reasons; the UI translates `rule` through its messages. */
export const RULE_LABELS_EN: Record<string, string> = {
  "topic.delivery_time": "asked about delivery time",
  "topic.trade_in": "asked about trade-in",
  "topic.financing": "asked about financing",
  "topic.test_drive": "asked for a test drive",
  "topic.price": "asked about price",
  "topic.availability": "asked about availability",
  "topic.installation": "asked about installation",
  "contact.appointment_request": "asked for an appointment",
  "contact.callback_request": "asked to be called back",
  "contact.partner_referral": "referred by a partner",
  "contact.store_visit": "visited the store",
  "contact.event_visit": "met us at an event",
  "contact.message": "got in touch",
  "contact.social_mention": "mentioned us on social media",
  "browse.price_check": "checked prices",
  "browse.financing_check": "checked financing",
  "browse.brochure_download": "downloaded a brochure",
  "browse.newsletter_click": "clicked a newsletter",
  "browse.page_view": "viewed pages",
} satisfies Record<ScoreRule, string>;

export type ScoringSignal = {
  kind: TouchpointKind;
  direction: "INBOUND" | "OUTBOUND";
  topic: string | null;
  occurredAt: Date;
};

export type ScoreReason = { points: number; rule: string; occurredAt: Date };
export type Readiness = "HOT" | "WARM" | "SLOW";
export type LeadScore = { score: number; readiness: Readiness; reasons: ScoreReason[] };

// What kind of contact a conversation was, when its topic says less.
const CONTACT_RULE: Partial<Record<TouchpointKind, ScoreRule>> = {
  APPOINTMENT_REQUEST: "contact.appointment_request",
  CALLBACK_REQUEST: "contact.callback_request",
  PARTNER_REFERRAL: "contact.partner_referral",
  STORE_VISIT: "contact.store_visit",
  EVENT_VISIT: "contact.event_visit",
  SOCIAL_MENTION: "contact.social_mention",
  CHAT_MESSAGE: "contact.message",
  FORM_SUBMISSION: "contact.message",
  CALL: "contact.message",
  EMAIL: "contact.message",
  SMS: "contact.message",
  MEETING: "contact.message",
};

/** The rule an inbound signal scores under, or null when it says nothing about buying. */
export function ruleForSignal(signal: ScoringSignal): ScoreRule | null {
  if (signal.direction !== "INBOUND") return null;
  switch (signal.kind) {
    case "PAGE_VIEW":
      return "browse.page_view";
    case "BROCHURE_DOWNLOAD":
      return "browse.brochure_download";
    case "NEWSLETTER_CLICK":
      return "browse.newsletter_click";
    case "PRICE_CHECK":
      return signal.topic === "financing" ? "browse.financing_check" : "browse.price_check";
  }
  const byKind = CONTACT_RULE[signal.kind];
  if (!byKind) return null;
  const byTopic = `topic.${signal.topic}`;
  if (signal.topic && byTopic in SCORING.rules) {
    const topicRule = byTopic as ScoreRule;
    return SCORING.rules[topicRule].points >= SCORING.rules[byKind].points ? topicRule : byKind;
  }
  return byKind;
}

const HOUR_MS = 3_600_000;

/** Score, readiness and the reasons behind them, biggest contribution first. */
export function scoreLead(signals: ScoringSignal[], now: Date): LeadScore {
  const nowMs = now.getTime();
  const byRule = new Map<ScoreRule, { raw: number; latest: number }>();
  let engaged = 0;
  let strongRecently = false;
  for (const signal of signals) {
    const rule = ruleForSignal(signal);
    if (!rule) continue;
    const at = signal.occurredAt.getTime();
    // A signal stamped in the future (clock skew) counts as happening now.
    const ageHours = Math.max(0, (nowMs - at) / HOUR_MS);
    if (ageHours <= SCORING.engagedWindowDays * 24) engaged++;
    if (SCORING.rules[rule].strong && ageHours <= SCORING.hotRecentHours) strongRecently = true;
    const weight = 0.5 ** (ageHours / (SCORING.halfLifeDays * 24));
    const entry = byRule.get(rule) ?? { raw: 0, latest: -Infinity };
    entry.raw += SCORING.rules[rule].points * weight;
    entry.latest = Math.max(entry.latest, at);
    byRule.set(rule, entry);
  }

  const reasons: ScoreReason[] = [];
  for (const [rule, { raw, latest }] of byRule) {
    const points = Math.round(Math.min(raw, SCORING.rules[rule].cap));
    if (points > 0) reasons.push({ points, rule, occurredAt: new Date(latest) });
  }
  reasons.sort(
    (a, b) => b.points - a.points || b.occurredAt.getTime() - a.occurredAt.getTime() || a.rule.localeCompare(b.rule),
  );

  const score = Math.min(
    SCORING.maxScore,
    reasons.reduce((sum, r) => sum + r.points, 0),
  );
  const readiness: Readiness =
    score >= SCORING.hotMinScore && strongRecently
      ? "HOT"
      : engaged >= SCORING.engagedMinSignals && score < SCORING.slowMaxScore
        ? "SLOW"
        : "WARM";
  return { score, readiness, reasons };
}
