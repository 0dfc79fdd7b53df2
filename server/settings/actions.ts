"use server";
import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { roundRobinSchema } from "@/lib/validation/settings";
import { requireRole } from "@/server/auth/session";
import { getDb } from "@/server/db";
import { setRoundRobin } from "@/server/leads/assignment";

export type RoundRobinState = { ok: true; enabled: boolean } | { ok: false; message: string };

/** Turns automatic assignment of new leads on or off (server/leads/assignment.ts). */
export async function setRoundRobinAction(input: { enabled: boolean }): Promise<RoundRobinState> {
  const session = await requireRole("MANAGER");
  const parsed = roundRobinSchema.safeParse(input);
  if (!parsed.success) return { ok: false, message: (await getTranslations("settings.errors"))("generic") };
  await setRoundRobin(await getDb(), session, parsed.data);
  revalidatePath("/settings/api-keys");
  return { ok: true, enabled: parsed.data.enabled };
}
