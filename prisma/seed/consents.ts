import type { CustomerDraft } from "./customer-draft";
import { pickRep } from "./context";
import { CONSENT_SOURCES } from "./phrases-orders";
import { say } from "./phrases-journey";
import type { ConsentPurpose } from "./rows";
import { DAY } from "./time";

// Consent per purpose with its history. Most customers answered all three
// questions when they signed up; some later withdrew. Consent given in the
// store or on the phone is recorded by a salesperson.

const GRANT_RATE: Record<ConsentPurpose, number> = { MARKETING_EMAIL: 0.7, SMS: 0.45, PROFILING: 0.35 };

export function buildConsents(d: CustomerDraft, askedAt: number): void {
  const { rng, ctx } = d;
  if (!rng.chance(0.88)) return;
  const locale = d.person.locale;
  const sourceIndex = rng.weighted([
    [0, 45],
    [1, 30],
    [2, 15],
    [3, 10],
  ]);
  const source = say(locale, CONSENT_SOURCES.given[sourceIndex]);
  const recordedById = sourceIndex === 1 || sourceIndex === 2 ? pickRep(rng, ctx, d.team).id : null;
  for (const purpose of ["MARKETING_EMAIL", "SMS", "PROFILING"] as const) {
    const granted = rng.chance(GRANT_RATE[purpose]);
    let updatedAt = Math.round(askedAt);
    d.consentEvents.push({
      id: rng.uuid(),
      customerId: d.id,
      purpose,
      granted,
      source,
      recordedById,
      occurredAt: updatedAt,
    });
    let current = granted;
    const withdrawAt = askedAt + rng.between(5, 300) * DAY;
    if (granted && rng.chance(0.12) && withdrawAt < ctx.now) {
      updatedAt = Math.round(withdrawAt);
      current = false;
      const how = rng.int(0, CONSENT_SOURCES.withdrawn.length - 1);
      d.consentEvents.push({
        id: rng.uuid(),
        customerId: d.id,
        purpose,
        granted: false,
        source: say(locale, CONSENT_SOURCES.withdrawn[how]),
        recordedById: how === 2 ? pickRep(rng, ctx, d.team).id : null,
        occurredAt: updatedAt,
      });
    }
    d.consents.push({ customerId: d.id, purpose, granted: current, updatedAt });
  }
}
