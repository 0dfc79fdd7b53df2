"use server";
import "server-only";
import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { roundRobinSchema } from "@/lib/validation/settings";
import {
  campaignTeamsSchema,
  categoryTeamsSchema,
  readCampaignTeams,
  readCategoryTeams,
} from "@/lib/validation/routing";
import { callAction, formAction } from "@/server/actions/client";
import { setRoundRobin } from "./setting";
import { setCampaignTeams, setCategoryTeams, type TeamSettingsResult } from "./team-settings";

// Managers only (who: "manager"): who gets new leads is the business's rule.

const PAGE = "/settings/routing";

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
    revalidatePath(PAGE);
    return { ok: true, enabled: input.enabled };
  },
});

export type TeamSettingsState = { ok: true; changed: number } | { ok: false; message: string } | null;
type State = NonNullable<TeamSettingsState>;

const refused = async (reason: "team" | "notFound"): Promise<State> => ({
  ok: false,
  message: (await getTranslations("settings.routing.errors"))(reason),
});

async function finish(result: TeamSettingsResult): Promise<State> {
  if (!result.ok) return refused(result.reason);
  revalidatePath(PAGE);
  return result;
}

/** Which team owns each product category. */
export const setCategoryTeamsAction = formAction({
  who: "manager",
  schema: categoryTeamsSchema,
  read: readCategoryTeams,
  invalid: () => refused("team"),
  run: async ({ session, input, db }) => finish(await setCategoryTeams(db, session, input)),
});

/** Which team owns each campaign listed. */
export const setCampaignTeamsAction = formAction({
  who: "manager",
  schema: campaignTeamsSchema,
  read: readCampaignTeams,
  invalid: () => refused("team"),
  run: async ({ session, input, db }) => finish(await setCampaignTeams(db, session, input)),
});
