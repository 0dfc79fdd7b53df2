"use server";
import "server-only";
import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { readAwayForm, setAwaySchema, type AwayError } from "@/lib/validation/away";
import { formAction } from "@/server/actions/client";
import { setAway } from "./away";

// Away and back (who: "staff"): anyone marks themselves; only a manager marks someone else —
// mayMarkAway in server/access/staff.ts, checked by setAway.

export type AwayState =
  { ok: true; awayUntil: string | null } | { ok: false; message: string; fieldErrors: { back?: string } } | null;
type State = NonNullable<AwayState>;

async function refusal(reason: AwayError): Promise<State> {
  const message = (await getTranslations("account.away.errors"))(reason);
  return { ok: false, message, fieldErrors: reason === "notFound" ? {} : { back: message } };
}

export const setAwayAction = formAction({
  who: "staff",
  schema: setAwaySchema,
  read: readAwayForm,
  invalid: async (error): Promise<State> =>
    refusal(error.issues.some((issue) => issue.path[0] === "userId") ? "notFound" : "date"),
  run: async ({ session, input, db }): Promise<State> => {
    const result = await setAway(db, session, input, new Date());
    if (!result.ok) return refusal(result.reason);
    revalidatePath("/settings/users");
    revalidatePath("/account/away");
    return { ok: true, awayUntil: result.awayUntil?.toISOString() ?? null };
  },
});
