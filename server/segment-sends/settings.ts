import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { AppSession } from "@/server/auth/session";
import { readSegmentFilters } from "@/server/customers/segments";

// How fast a segment send goes: SEGMENT_SEND_BATCH customers per batch (default 50), the next batch
// SEGMENT_SEND_INTERVAL_MS later (default 30 s), i.e. about 6 000 an hour. Slow on purpose: the mail
// server and the SMS provider throttle senders who burst, and a manager who spots a mistake can
// still pause before most of the segment has it.

const DEFAULT_BATCH = 50;
const DEFAULT_INTERVAL_MS = 30_000;

function positiveInt(value: string | undefined, fallback: number, min: number): number {
  const n = Number(value);
  return Number.isInteger(n) && n >= min ? n : fallback;
}

export function segmentSendThrottle(env: Readonly<Record<string, string | undefined>> = process.env) {
  return {
    batchSize: Math.min(positiveInt(env.SEGMENT_SEND_BATCH, DEFAULT_BATCH, 1), 500),
    intervalMs: positiveInt(env.SEGMENT_SEND_INTERVAL_MS, DEFAULT_INTERVAL_MS, 0),
  };
}

/** The audience of a send: its saved filters, seen by the manager who started it, at its start. */
export function sendAudience(send: {
  segmentId: string;
  filters: Prisma.JsonValue;
  startedAt: Date;
  startedBy: { id: string; name: string; email: string; role: AppSession["role"]; teamId: string | null };
}) {
  const session: AppSession = {
    userId: send.startedBy.id,
    role: send.startedBy.role,
    email: send.startedBy.email,
    name: send.startedBy.name,
    locale: "en",
    timeZone: "Europe/Oslo",
    teamId: send.startedBy.teamId,
    customerId: null,
  };
  // The segment's hand-added members as they are now: a member added after the start is reached
  // only if the batches have not passed them yet (they walk customers in id order).
  return { session, filters: { ...readSegmentFilters(send.filters), members: send.segmentId }, at: send.startedAt };
}
