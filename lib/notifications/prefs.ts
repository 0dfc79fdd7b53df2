import { z } from "zod";
import { addBusinessMinutes, type BusinessHours } from "@/lib/business-hours";
import { wallClockAsUtc } from "@/lib/time-zone";
import { NOTIFICATION_KINDS, type DeliveryChannel, type NotificationKind } from "./kinds";

// A user's notification preferences: which kinds travel by e-mail digest and by push, and quiet
// hours on their own clock. The bell always has everything: a rep who turns push off still finds
// the lead. Stored as User.notificationPrefs; anything missing or unreadable takes the default,
// so a kind added later arrives until the user turns it off.

const clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "HH:MM");

export const notificationPrefsSchema = z.object({
  email: z.array(z.enum(NOTIFICATION_KINDS as [NotificationKind, ...NotificationKind[]])),
  push: z.array(z.enum(NOTIFICATION_KINDS as [NotificationKind, ...NotificationKind[]])),
  /** Local times; start after end wraps midnight (22:00–07:00). Null: no quiet hours. */
  quiet: z
    .object({ start: clock, end: clock })
    .refine((q) => q.start !== q.end, "start and end differ")
    .nullable(),
});

export type NotificationPrefs = z.infer<typeof notificationPrefsSchema>;

// A warning is worth a push; by the time a digest goes out the lead has been answered or has
// breached, which has its own line, so warnings stay out of the mail.
export const DEFAULT_NOTIFICATION_PREFS: NotificationPrefs = {
  email: NOTIFICATION_KINDS.filter((kind) => kind !== "SLA_WARNING"),
  push: [...NOTIFICATION_KINDS],
  quiet: null,
};

export function readNotificationPrefs(stored: unknown): NotificationPrefs {
  if (!stored || typeof stored !== "object") return DEFAULT_NOTIFICATION_PREFS;
  const parsed = notificationPrefsSchema.partial().safeParse(stored);
  if (!parsed.success) return DEFAULT_NOTIFICATION_PREFS;
  return { ...DEFAULT_NOTIFICATION_PREFS, ...parsed.data };
}

export function wants(prefs: NotificationPrefs, channel: DeliveryChannel, kind: NotificationKind): boolean {
  return prefs[channel].includes(kind);
}

function minuteOfDay(value: string): number {
  return Number(value.slice(0, 2)) * 60 + Number(value.slice(3, 5));
}

/** Whether `at` falls in the user's quiet hours, read on their own clock. */
export function inQuietHours(prefs: NotificationPrefs, at: Date, timeZone: string): boolean {
  if (!prefs.quiet) return false;
  const local = new Date(wallClockAsUtc(at.getTime(), timeZone));
  const now = local.getUTCHours() * 60 + local.getUTCMinutes();
  const start = minuteOfDay(prefs.quiet.start);
  const end = minuteOfDay(prefs.quiet.end);
  return start < end ? now >= start && now < end : now >= start || now < end;
}

/**
 * Whether a push or a mail may go out at `at`. In-app always; beyond the bell, outside business
 * hours or inside quiet hours only a HOT lead comes through (a buyer ready now is worth an evening
 * ping; a lukewarm one waits for the morning, where the bell and the digest have it).
 */
export function mayInterrupt(input: { urgent: boolean; open: boolean; quiet: boolean }): boolean {
  return input.urgent || (input.open && !input.quiet);
}

/** Whether `at` lies inside opening hours: the next open moment from it is itself. */
export function isOpenAt(at: Date, hours: BusinessHours): boolean {
  return addBusinessMinutes(at, 0, hours).getTime() === at.getTime();
}
