import { z } from "zod";
import { NOTIFICATION_KINDS, type NotificationKind } from "@/lib/notifications/kinds";

// The forms of /account (a user's own preferences) and /settings/alerts (the
// managers' warning and escalation rule), read from FormData by their actions.

const kind = z.enum(NOTIFICATION_KINDS as [NotificationKind, ...NotificationKind[]]);
const clock = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "invalid");

export const notificationPrefsFormSchema = z
  .object({
    email: z.array(kind).max(NOTIFICATION_KINDS.length),
    push: z.array(kind).max(NOTIFICATION_KINDS.length),
    quietOn: z.boolean(),
    quietStart: z.string().max(5),
    quietEnd: z.string().max(5),
  })
  .transform((input, ctx) => {
    if (!input.quietOn) return { email: input.email, push: input.push, quiet: null };
    const start = clock.safeParse(input.quietStart);
    const end = clock.safeParse(input.quietEnd);
    if (!start.success || !end.success || start.data === end.data) {
      ctx.addIssue({ code: "custom", path: ["quiet"], message: "invalid" });
      return z.NEVER;
    }
    return { email: input.email, push: input.push, quiet: { start: start.data, end: end.data } };
  });

export function readNotificationPrefsForm(formData: FormData) {
  return {
    email: formData.getAll("email"),
    push: formData.getAll("push"),
    quietOn: formData.get("quietOn") === "on",
    quietStart: formData.get("quietStart") ?? "",
    quietEnd: formData.get("quietEnd") ?? "",
  };
}

// Typed minutes: digits only, so an emptied field is refused rather than read as 0.
const minutes = z
  .string({ error: "invalid" })
  .trim()
  .regex(/^\d{1,4}$/, "invalid")
  .transform(Number)
  .pipe(z.number().max(1440, "invalid"));

export const alertSettingsFormSchema = z
  .object({
    warnMode: z.enum(["default", "fixed"]),
    warnMinutes: z.string().max(8),
    noTeam: z.object({ afterMinutes: minutes, reassign: z.boolean() }),
    teams: z.array(z.object({ teamId: z.guid(), afterMinutes: minutes, reassign: z.boolean() })).max(200),
  })
  .transform((input, ctx) => {
    let warnBeforeMinutes: number | null = null;
    if (input.warnMode === "fixed") {
      const parsed = minutes.safeParse(input.warnMinutes);
      if (!parsed.success) {
        ctx.addIssue({ code: "custom", path: ["warnMinutes"], message: "invalid" });
        return z.NEVER;
      }
      warnBeforeMinutes = parsed.data;
    }
    return {
      warnBeforeMinutes,
      // Leads of customers without a team are nobody's to pass on: they only escalate.
      noTeam: { afterMinutes: input.noTeam.afterMinutes, reassign: false },
      teams: Object.fromEntries(
        input.teams.map((t) => [t.teamId, { afterMinutes: t.afterMinutes, reassign: t.reassign }]),
      ),
    };
  });

export function readAlertSettingsForm(formData: FormData) {
  const teamIds = formData.getAll("teamId").filter((v): v is string => typeof v === "string");
  return {
    warnMode: formData.get("warnMode"),
    warnMinutes: formData.get("warnMinutes") ?? "",
    noTeam: { afterMinutes: formData.get("after:none"), reassign: false },
    teams: teamIds.map((teamId) => ({
      teamId,
      afterMinutes: formData.get(`after:${teamId}`),
      reassign: formData.get(`reassign:${teamId}`) === "on",
    })),
  };
}
