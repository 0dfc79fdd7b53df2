import { z } from "zod";
import { isIsoInstant } from "./iso-instant";
import { first } from "./url-param";
import { CHANNELS } from "@/lib/channels";
import { Phase, TouchpointOwner } from "@/generated/prisma/enums";

// The timeline's URL parameters: ?phase=BEFORE&channel=CHAT&before=<cursor>.
// Anything unreadable falls back to "no filter" or "first page": a hand-edited
// or outdated link still shows the journey, never an error page.

export const JOURNEY_PHASES = Object.values(Phase);
export const JOURNEY_CHANNELS = CHANNELS;
export const JOURNEY_OWNERS = Object.values(TouchpointOwner);

export type JourneyPhase = (typeof JOURNEY_PHASES)[number];
export type JourneyChannel = (typeof JOURNEY_CHANNELS)[number];
export type JourneyOwner = (typeof JOURNEY_OWNERS)[number];

/** Keyset position: the last row shown, as "<ISO time>_<id>". */
export type JourneyCursor = { occurredAt: Date; id: string };

const CURSOR =
  /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z)_([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i;

export function encodeCursor(cursor: JourneyCursor): string {
  return `${cursor.occurredAt.toISOString()}_${cursor.id}`;
}

export function decodeCursor(value: unknown): JourneyCursor | null {
  if (typeof value !== "string") return null;
  const m = CURSOR.exec(value);
  return m && isIsoInstant(m[1]) ? { occurredAt: new Date(m[1]), id: m[2].toLowerCase() } : null;
}

export const journeyFiltersSchema = z.object({
  phase: z.preprocess(first, z.enum(JOURNEY_PHASES).optional().catch(undefined)),
  channel: z.preprocess(first, z.enum(JOURNEY_CHANNELS).optional().catch(undefined)),
  before: z.preprocess(first, z.unknown()).transform((v) => decodeCursor(v) ?? undefined),
});

export type JourneyFilters = { phase?: JourneyPhase; channel?: JourneyChannel; before?: JourneyCursor };

export function parseJourneyFilters(searchParams: Record<string, string | string[] | undefined>): JourneyFilters {
  const parsed = journeyFiltersSchema.safeParse(searchParams);
  return parsed.success ? parsed.data : {};
}
