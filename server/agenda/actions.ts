"use server";
import "server-only";
import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { rescheduleInstants } from "@/lib/agenda-day";
import { formFields } from "@/lib/validation/form-data";
import { rescheduleSchema } from "@/lib/validation/reschedule";
import { formAction } from "@/server/actions/client";
import { getCalendarForTeam } from "@/server/teams/calendar";
import { rescheduleFollowUp } from "./reschedule-service";

// Through the action client (staff only); the service takes the lead rule of server/access/lead.ts
// inside its write, so a rep moves only follow-ups of leads they may work on. Logging a call from
// the agenda is logFollowUpAction (server/leads/actions.ts), the lead page's own action.

export type RescheduleActionState =
  | { ok: true; message: string; nextFollowUpAt: string; version: number }
  | { ok: false; message: string; fieldErrors?: { at?: string; choice?: string }; conflict?: boolean }
  | null;
type State = NonNullable<RescheduleActionState>;

export const rescheduleFollowUpAction = formAction({
  who: "staff",
  // A picked date is read on the rep's own clock and may not lie in the past.
  schema: (session) => rescheduleSchema({ now: new Date(), timeZone: session.timeZone }),
  read: (formData) => formFields(formData, ["leadId", "version", "choice", "at"]),
  invalid: async (error): Promise<State> => {
    const t = await getTranslations("agenda.reschedule");
    const issue = error.issues[0];
    const field = issue?.path[0];
    if (field === "at" || field === "choice") {
      const message = t(`errors.${issue.message}` as "errors.dateInvalid");
      return { ok: false, message, fieldErrors: { [field]: message } };
    }
    return { ok: false, message: t("errors.formOutdated") };
  },
  run: async ({ session, input, db }): Promise<State> => {
    const t = await getTranslations("agenda.reschedule");
    const now = new Date();
    const at =
      input.pickedAt ??
      rescheduleInstants(now, session.timeZone, await getCalendarForTeam(db, session.teamId))[input.choice];
    // "Later today" offered at 21:50 and sent at 22:05 is tomorrow already: say so, move nothing.
    if (!at)
      return { ok: false, message: t("errors.laterTodayGone"), fieldErrors: { choice: t("errors.laterTodayGone") } };
    const result = await rescheduleFollowUp(db, session, { leadId: input.leadId, version: input.version, at });
    if (!result.ok) {
      return result.reason === "conflict"
        ? { ok: false, conflict: true, message: t("conflict") }
        : { ok: false, message: t("notFound") };
    }
    revalidatePath("/agenda");
    revalidatePath(`/leads/${input.leadId}`);
    return {
      ok: true,
      message: t("moved"),
      nextFollowUpAt: result.nextFollowUpAt.toISOString(),
      version: result.leadVersion,
    };
  },
});
