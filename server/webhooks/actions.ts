"use server";
import "server-only";
import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import {
  webhookEnabledSchema,
  webhookEndpointIdSchema,
  webhookEndpointSchema,
  webhookReplaySchema,
  type WebhookErrorCode,
} from "@/lib/validation/webhook";
import { callAction, formAction } from "@/server/actions/client";
import {
  createWebhookEndpoint,
  deleteWebhookEndpoint,
  rotateWebhookSecret,
  sendWebhookTestEvent,
  setWebhookEnabled,
} from "./endpoints";
import { replayWebhookDelivery } from "./replay";

// Managers only (who: "manager"): Settings → Webhooks. The services check the access rule again
// (server/access/webhook.ts), so a direct call reaches nothing more.

const PAGE = "/settings/webhooks";
type Field = "url" | "events" | "description";

export type WebhookFormState =
  { ok: true; message: string } | { ok: false; message: string; fieldErrors: Partial<Record<Field, string>> } | null;

export type WebhookCallState = { ok: boolean; message: string };

const words = () => getTranslations("webhooks.errors");

export const createWebhookEndpointAction = formAction({
  who: "manager",
  schema: webhookEndpointSchema,
  read: (formData) => ({
    url: formData.get("url") ?? undefined,
    description: formData.get("description") ?? undefined,
    events: formData.getAll("events"),
  }),
  invalid: async (error): Promise<NonNullable<WebhookFormState>> => {
    const t = await words();
    const fieldErrors: Partial<Record<Field, string>> = {};
    for (const issue of error.issues) {
      const field = issue.path[0] as Field;
      fieldErrors[field] ??= t(issue.message as WebhookErrorCode);
    }
    return { ok: false, message: t("checkFields"), fieldErrors };
  },
  run: async ({ session, input, db }): Promise<NonNullable<WebhookFormState>> => {
    const result = await createWebhookEndpoint(db, session, input, new Date());
    const t = await words();
    if (!result.ok)
      return {
        ok: false,
        message: t(result.code),
        fieldErrors: result.field ? { [result.field]: t(result.code) } : {},
      };
    revalidatePath(PAGE);
    return { ok: true, message: (await getTranslations("webhooks"))("added") };
  },
});

async function answer(result: { ok: true } | { ok: false; code: WebhookErrorCode }, done: string) {
  if (!result.ok) return { ok: false, message: (await words())(result.code) };
  revalidatePath(PAGE);
  return { ok: true, message: (await getTranslations("webhooks"))(done) };
}

const notFound = async (): Promise<WebhookCallState> => ({ ok: false, message: (await words())("notFound") });

export const setWebhookEnabledAction = callAction({
  who: "manager",
  schema: webhookEnabledSchema,
  invalid: notFound,
  run: async ({ session, input, db }): Promise<WebhookCallState> =>
    answer(await setWebhookEnabled(db, session, input, new Date()), input.enabled ? "switchedOn" : "switchedOff"),
});

export const deleteWebhookEndpointAction = callAction({
  who: "manager",
  schema: webhookEndpointIdSchema,
  invalid: notFound,
  run: async ({ session, input, db }): Promise<WebhookCallState> =>
    answer(await deleteWebhookEndpoint(db, session, input), "deleted"),
});

export const rotateWebhookSecretAction = callAction({
  who: "manager",
  schema: webhookEndpointIdSchema,
  invalid: notFound,
  run: async ({ session, input, db }): Promise<WebhookCallState> =>
    answer(await rotateWebhookSecret(db, session, input, new Date()), "rotated"),
});

export const sendWebhookTestAction = callAction({
  who: "manager",
  schema: webhookEndpointIdSchema,
  invalid: notFound,
  run: async ({ session, input, db }): Promise<WebhookCallState> =>
    answer(await sendWebhookTestEvent(db, session, input, new Date()), "testQueued"),
});

export const replayWebhookDeliveryAction = callAction({
  who: "manager",
  schema: webhookReplaySchema,
  invalid: notFound,
  run: async ({ session, input, db }): Promise<WebhookCallState> =>
    answer(await replayWebhookDelivery(db, session, input, new Date()), "log.replayQueued"),
});
