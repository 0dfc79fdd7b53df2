"use server";
import "server-only";
import { headers } from "next/headers";
import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { deviceLabel } from "@/lib/device-label";
import { pushEndpointSchema, pushSubscriptionSchema } from "@/lib/validation/push";
import { callAction, type ActionResult } from "@/server/actions/client";
import { enqueueDevicePush } from "./send-job";
import { findOwnPushSubscription, removePushSubscription, savePushSubscription } from "./subscriptions";
import { allowLocalPushHttp } from "./vapid";

// Push on this device (the account page). who: "staff", and every read and write is scoped to
// the session's user (server/access/push-subscription.ts): the endpoint a browser sends only
// picks among the caller's own subscriptions, so nobody turns another person's device on or off.

export type PushActionResult = ActionResult & { on?: boolean };

const invalid = async (): Promise<PushActionResult> => ({
  ok: false,
  message: (await getTranslations("account.push"))("errors.invalid"),
});

/** Is push on for this browser's subscription, for the signed-in user? */
export const pushDeviceStatusAction = callAction({
  who: "staff",
  schema: pushEndpointSchema,
  invalid,
  run: async ({ session, input, db }): Promise<PushActionResult> => ({
    ok: true,
    on: (await findOwnPushSubscription(db, session, input.endpoint)) !== null,
  }),
});

export const subscribePushAction = callAction({
  who: "staff",
  schema: z.object({ subscription: pushSubscriptionSchema({ allowLocalHttp: allowLocalPushHttp() }) }),
  invalid,
  run: async ({ session, input, db }): Promise<PushActionResult> => {
    const label = deviceLabel((await headers()).get("user-agent"));
    const saved = await savePushSubscription(db, session, input.subscription, label);
    if (!saved.ok) return { ok: false, message: (await getTranslations("account.push"))("errors.taken") };
    return { ok: true, on: true };
  },
});

export const unsubscribePushAction = callAction({
  who: "staff",
  schema: pushEndpointSchema,
  invalid,
  run: async ({ session, input, db }): Promise<PushActionResult> => {
    await removePushSubscription(db, session, input.endpoint);
    return { ok: true, on: false };
  },
});

/** A test message to this device only, at most one a minute (a double press sends one). */
export const sendTestPushAction = callAction({
  who: "staff",
  schema: pushEndpointSchema,
  invalid,
  run: async ({ session, input, db }): Promise<PushActionResult> => {
    const t = await getTranslations("account.push");
    const subscriptionId = await findOwnPushSubscription(db, session, input.endpoint);
    if (!subscriptionId) return { ok: false, on: false, message: t("errors.notOn") };
    await enqueueDevicePush(db, {
      userId: session.userId,
      subscriptionId,
      title: t("test.title"),
      body: t("test.body"),
      url: "/account",
      tag: "reise-test",
      key: `test:${subscriptionId}:${Math.floor(Date.now() / 60_000)}`,
    });
    return { ok: true, on: true, message: t("test.sent") };
  },
});
