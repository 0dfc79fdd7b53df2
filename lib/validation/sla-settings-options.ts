import type { Channel } from "@/generated/prisma/enums";
import { DEFAULT_SLA_MINUTES } from "@/lib/sla-minutes";

// The response-time form's fields and limits, shared with slaSettingsSchema in
// sla-settings.ts. Zod-free: the form imports it without adding zod to the
// page's first JavaScript.

export const SLA_CHANNELS = Object.keys(DEFAULT_SLA_MINUTES) as Channel[];
/** A week: a promise longer than that is not a response time. */
export const SLA_MINUTES_MAX = 10_080;
export const SLA_TIME_ZONES = [
  "Europe/Oslo",
  "Europe/Copenhagen",
  "Europe/Stockholm",
  "Europe/Helsinki",
  "UTC",
] as const;
export const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;
