"use server";
import "server-only";
import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { retryJobSchema } from "@/lib/validation/jobs";
import { callAction } from "@/server/actions/client";
import { retryFailedJob } from "./retry";

// Managers only (who: "manager"): Settings → Background jobs.

export type RetryJobState = { ok: true } | { ok: false; message: string };

export const retryJobAction = callAction({
  who: "manager",
  schema: retryJobSchema,
  invalid: async (): Promise<RetryJobState> => ({
    ok: false,
    message: (await getTranslations("settings.jobs.errors"))("notFailed"),
  }),
  run: async ({ session, input, db }): Promise<RetryJobState> => {
    const result = await retryFailedJob(db, session, input, new Date());
    if (!result.ok) return { ok: false, message: (await getTranslations("settings.jobs.errors"))("notFailed") };
    revalidatePath("/settings/jobs");
    return { ok: true };
  },
});
