"use server";
import "server-only";
import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import {
  alertSettingsFormSchema,
  notificationPrefsFormSchema,
  readAlertSettingsForm,
  readNotificationPrefsForm,
} from "@/lib/validation/notification-settings";
import { callAction, formAction } from "@/server/actions/client";
import { saveAlertSettings } from "./alert-settings";
import { markRead, saveNotificationPrefs } from "./service";

// A user's notifications are theirs alone (who: "staff"; every write is bounded by the session's
// user id in ./service.ts). The alert rule is the managers' (who: "manager").

export type MarkReadState = { ok: boolean; unread?: number; message?: string };

/** Marks the given notifications of the signed-in user read, or all of them. */
export const markNotificationsReadAction = callAction({
  who: "staff",
  schema: z.union([z.object({ all: z.literal(true) }), z.object({ ids: z.array(z.guid()).min(1).max(100) })]),
  invalid: async (): Promise<MarkReadState> => ({ ok: false, message: (await getTranslations("errors"))("generic") }),
  run: async ({ session, input, db }): Promise<MarkReadState> => {
    const unread = await markRead(db, session, "all" in input ? "all" : input.ids);
    return { ok: true, unread };
  },
});

export type SettingsFormState = { ok: boolean; message?: string; fieldErrors?: Record<string, string> } | null;

export const saveNotificationPrefsAction = formAction({
  who: "staff",
  schema: notificationPrefsFormSchema,
  read: readNotificationPrefsForm,
  invalid: async (): Promise<NonNullable<SettingsFormState>> => {
    const t = await getTranslations("notifications.prefs");
    return { ok: false, message: t("invalid"), fieldErrors: { quiet: t("invalid") } };
  },
  run: async ({ session, input, db }): Promise<NonNullable<SettingsFormState>> => {
    await saveNotificationPrefs(db, session, input);
    revalidatePath("/account/notifications");
    return { ok: true, message: (await getTranslations("notifications.prefs"))("saved") };
  },
});

export const saveAlertSettingsAction = formAction({
  who: "manager",
  schema: alertSettingsFormSchema,
  read: readAlertSettingsForm,
  invalid: async (): Promise<NonNullable<SettingsFormState>> => ({
    ok: false,
    message: (await getTranslations("notifications.alerts"))("invalid"),
  }),
  run: async ({ session, input, db }): Promise<NonNullable<SettingsFormState>> => {
    await saveAlertSettings(db, session, input);
    revalidatePath("/settings/alerts");
    return { ok: true, message: (await getTranslations("notifications.alerts"))("saved") };
  },
});
