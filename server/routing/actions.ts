"use server";
import "server-only";
import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { roundRobinSchema } from "@/lib/validation/settings";
import { callAction } from "@/server/actions/client";
import { setRoundRobin } from "./setting";

// Managers only (who: "manager"): who gets new leads is the business's rule.

export type RoundRobinState = { ok: true; enabled: boolean } | { ok: false; message: string };

/** Turns automatic assignment of new leads on or off (./round-robin.ts). */
export const setRoundRobinAction = callAction({
  who: "manager",
  schema: roundRobinSchema,
  invalid: async (): Promise<RoundRobinState> => ({
    ok: false,
    message: (await getTranslations("settings.errors"))("generic"),
  }),
  run: async ({ session, input, db }): Promise<RoundRobinState> => {
    await setRoundRobin(db, session, input);
    revalidatePath("/settings/routing");
    return { ok: true, enabled: input.enabled };
  },
});
