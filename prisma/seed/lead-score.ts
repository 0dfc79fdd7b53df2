import { SCORING, scoreLead, type ScoringSignal } from "@/lib/scoring";
import type { CustomerDraft } from "./customer-draft";

// A seeded lead's score is computed from the customer's seeded signals, by lib/scoring as the app
// does, and stamped as scored at the seed's now: the list (stored score) and the lead page (the
// score worked out from the signals) then agree from the first page view. A score drawn at random
// and stamped fresh, as before, differed on every open lead until the hourly rescore reached it.
// Which signals count mirrors server/leads/score-signals.ts: the customer's inbound signals of the
// last 90 days that belong to this lead or to no lead, the newest 500.

const WINDOW_MS = SCORING.engagedWindowDays * 86_400_000;
const PER_LEAD = 500;

export function scoreDraftLeads(draft: CustomerDraft, now: number): void {
  const inbound = draft.touchpoints
    .filter((t) => t.direction === "INBOUND" && t.occurredAt >= now - WINDOW_MS)
    .sort((a, b) => b.occurredAt - a.occurredAt);
  for (const lead of draft.leads) {
    const signals: ScoringSignal[] = inbound
      .filter((t) => t.leadId === null || t.leadId === lead.id)
      .slice(0, PER_LEAD)
      .map((t) => ({ kind: t.kind, direction: "INBOUND", topic: t.topic, occurredAt: new Date(t.occurredAt) }));
    const { score, readiness } = scoreLead(signals, new Date(now));
    Object.assign(lead, { score, readiness, scoredAt: now });
  }
}
