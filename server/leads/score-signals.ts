import "server-only";
import { Prisma, type PrismaClient } from "@/generated/prisma/client";
import { SCORING, type ScoringSignal } from "@/lib/scoring";

// What a lead's score is computed from, in one place for every reader of it (the signal that opens
// or feeds the lead, the lead page, and the background rescore), so the list and the page show one
// score: the customer's inbound signals of the last 90 days (older ones weigh under 0.02 % after
// halving every 7 days) that belong to this lead or to no lead. The browsing before a lead was
// opened says how ready they are; another open lead's questions belong to that lead.

const WINDOW_MS = SCORING.engagedWindowDays * 86_400_000;
const PER_LEAD = 500;

export type ScoredLeadRef = { leadId: string | null; customerId: string };

/** The signals of each lead (or, for leadId null, of the customer's lead-less signals), keyed by position. */
export async function scoringSignals(
  db: PrismaClient | Prisma.TransactionClient,
  leads: readonly ScoredLeadRef[],
  now: Date,
): Promise<ScoringSignal[][]> {
  if (leads.length === 0) return [];
  const rows = await db.$queryRaw<(ScoringSignal & { i: number })[]>`
    SELECT x.i::int AS i, t.kind::text AS kind, t.direction::text AS direction, t.topic, t."occurredAt"
      FROM unnest(${leads.map((l) => l.customerId)}::uuid[], ${leads.map((l) => l.leadId)}::uuid[])
           WITH ORDINALITY AS x("customerId", "leadId", i)
      CROSS JOIN LATERAL (
        SELECT t.kind, t.direction, t.topic, t."occurredAt"
          FROM "Touchpoint" t
         WHERE t."customerId" = x."customerId" AND t.direction = 'INBOUND'
           AND t."occurredAt" >= ${new Date(now.getTime() - WINDOW_MS)}
           AND (t."leadId" IS NULL OR t."leadId" = x."leadId")
         ORDER BY t."occurredAt" DESC
         LIMIT ${PER_LEAD}) t`;
  const out: ScoringSignal[][] = leads.map(() => []);
  for (const { i, ...signal } of rows) out[i - 1].push(signal);
  return out;
}
