"use server";
import "server-only";
import { z } from "zod";
import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { appBaseUrl } from "@/server/auth/password-link-mail";
import { formAction } from "@/server/actions/client";
import { feedPath } from "./feed-token";
import { createCalendarFeed, revokeCalendarFeed } from "./service";

// Staff create and revoke their own calendar link from the account page; nobody acts on another's
// (the services write only the session's user's rows). The new link is in the answer and nowhere else.

export type CalendarFeedActionState = { ok: boolean; message: string; url?: string } | null;
type State = NonNullable<CalendarFeedActionState>;

const nothing = z.object({});
const outdated = async (): Promise<State> => ({
  ok: false,
  message: (await getTranslations("account.calendarFeed"))("failed"),
});

export const createCalendarFeedAction = formAction({
  who: "staff",
  schema: nothing,
  read: () => ({}),
  invalid: outdated,
  run: async ({ session, db }): Promise<State> => {
    const t = await getTranslations("account.calendarFeed");
    const { token } = await createCalendarFeed(db, session, new Date());
    revalidatePath("/account");
    return { ok: true, message: t("created"), url: `${appBaseUrl()}${feedPath(token)}` };
  },
});

export const revokeCalendarFeedAction = formAction({
  who: "staff",
  schema: nothing,
  read: () => ({}),
  invalid: outdated,
  run: async ({ session, db }): Promise<State> => {
    const t = await getTranslations("account.calendarFeed");
    const revoked = await revokeCalendarFeed(db, session, new Date());
    revalidatePath("/account");
    return { ok: true, message: revoked ? t("revoked") : t("noneToRevoke") };
  },
});
