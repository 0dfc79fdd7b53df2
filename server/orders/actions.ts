"use server";
import "server-only";
import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import {
  advanceMilestoneSchema,
  askQuestionSchema,
  fieldCodes,
  moveDateSchema,
  REASON_MAX,
  QUESTION_MAX,
  REPLY_MAX,
  replySchema,
} from "@/lib/validation/orders";
import { formAction } from "@/server/actions/client";
import { advanceMilestone, moveExpectedDate, type OrderChangeResult } from "./change-service";
import { sendOrderNotice, type OrderNotice } from "./notify";
import { askAboutOrder } from "./question-service";
import { replyToOrderQuestion } from "./reply-service";
import { formFields } from "@/lib/validation/form-data";

// Through the action client: the customer asks (who: "customer"), staff answer and move orders
// (who: "staff"); each service checks the order rule of server/access/order.ts inside its write.

export type OrderActionState = {
  ok: boolean;
  message: string;
  fieldErrors?: Record<string, string>;
  conflict?: boolean;
  /** Bumped on each success so a form can reset itself and take a fresh idempotency key. */
  done?: number;
} | null;

type T = Awaited<ReturnType<typeof getTranslations<"orderStatus">>>;
type State = NonNullable<OrderActionState>;
const t = () => getTranslations("orderStatus");
const LIMITS = { max: Math.max(QUESTION_MAX, REASON_MAX, REPLY_MAX) };

function invalid(t: T, codes: Record<string, string>, limits: Record<string, number>): State {
  if (codes.orderId || codes.version || codes.idempotencyKey || codes.leadId || codes.leadVersion) {
    return { ok: false, message: t("errors.formOutdated") };
  }
  const fieldErrors: Record<string, string> = {};
  for (const [field, code] of Object.entries(codes))
    fieldErrors[field] = t(`errors.${code}` as "errors.formOutdated", { max: limits[field] ?? LIMITS.max });
  return { ok: false, message: t("errors.fixErrors"), fieldErrors };
}

/** Mail goes out after the commit; a mail server that is down must not undo or hide a saved change. */
async function notify(notice: OrderNotice | null) {
  try {
    await sendOrderNotice(notice);
  } catch (error) {
    console.error("[orders] notification mail failed", error);
  }
}

export const askAboutOrderAction = formAction({
  who: "customer",
  schema: askQuestionSchema,
  read: (formData) => formFields(formData, ["orderId", "idempotencyKey", "message"]),
  invalid: async (error) => invalid(await t(), fieldCodes(error), { message: QUESTION_MAX }),
  run: async ({ session, input, db }): Promise<State> => {
    const result = await askAboutOrder(db, session, input, new Date());
    if (!result.ok)
      return {
        ok: false,
        message: (await t())(result.reason === "key_reused" ? "errors.formOutdated" : "errors.notFound"),
      };
    revalidatePath(`/orders/${input.orderId}`);
    return { ok: true, message: (await t())("ask.sent"), done: Date.now() };
  },
});

function changeOutcome(t: T, result: OrderChangeResult): State {
  if (result.ok) return { ok: true, message: t("staff.saved"), done: Date.now() };
  switch (result.reason) {
    case "conflict":
      return { ok: false, conflict: true, message: t("errors.conflict") };
    case "not_allowed":
      return { ok: false, message: t("errors.notAllowed") };
    case "unchanged":
      return { ok: false, message: t("errors.dateUnchanged"), fieldErrors: { date: t("errors.dateUnchanged") } };
    default:
      return { ok: false, message: t("errors.notFound") };
  }
}

function revalidateOrder(customerId: string | null, orderId: string) {
  revalidatePath(`/orders/${orderId}`);
  revalidatePath("/orders");
  if (customerId) revalidatePath(`/customers/${customerId}/orders/${orderId}`);
}

export const advanceMilestoneAction = formAction({
  who: "staff",
  schema: advanceMilestoneSchema,
  read: (formData) => formFields(formData, ["orderId", "version", "milestone", "reason"]),
  invalid: async (error) => invalid(await t(), fieldCodes(error), { reason: REASON_MAX }),
  run: async ({ session, input, db, raw }) => {
    const result = await advanceMilestone(db, session, input, new Date());
    if (result.ok) {
      await notify(result.notice);
      revalidateOrder(raw.get("customerId")?.toString() ?? null, input.orderId);
    }
    return changeOutcome(await t(), result);
  },
});

export const moveDeliveryDateAction = formAction({
  who: "staff",
  schema: moveDateSchema,
  read: (formData) => formFields(formData, ["orderId", "version", "date", "reason"]),
  invalid: async (error) => invalid(await t(), fieldCodes(error), { reason: REASON_MAX }),
  run: async ({ session, input, db, raw }) => {
    const result = await moveExpectedDate(db, session, input, new Date());
    if (result.ok) {
      await notify(result.notice);
      revalidateOrder(raw.get("customerId")?.toString() ?? null, input.orderId);
    }
    return changeOutcome(await t(), result);
  },
});

export const replyToQuestionAction = formAction({
  who: "staff",
  schema: replySchema,
  read: (formData) => formFields(formData, ["orderId", "leadId", "leadVersion", "idempotencyKey", "message"]),
  invalid: async (error) => invalid(await t(), fieldCodes(error), { message: REPLY_MAX }),
  run: async ({ session, input, db, raw }): Promise<State> => {
    const result = await replyToOrderQuestion(db, session, input, new Date());
    const tr = await t();
    if (!result.ok) {
      if (result.reason === "conflict") return { ok: false, conflict: true, message: tr("errors.conflict") };
      return { ok: false, message: tr(result.reason === "key_reused" ? "errors.formOutdated" : "errors.notFound") };
    }
    await notify(result.notice);
    revalidateOrder(raw.get("customerId")?.toString() ?? null, input.orderId);
    revalidatePath("/leads");
    return { ok: true, message: tr("staff.replySent"), done: Date.now() };
  },
});
