"use server";
import "server-only";
import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import {
  advanceMilestoneSchema, askQuestionSchema, fieldCodes, formFields, moveDateSchema, REASON_MAX, QUESTION_MAX, REPLY_MAX, replySchema,
} from "@/lib/validation/orders";
import { requireCustomer, requireStaff } from "@/server/auth/session";
import { getDb } from "@/server/db";
import { advanceMilestone, moveExpectedDate, type OrderChangeResult } from "./change-service";
import { sendOrderNotice, type OrderNotice } from "./notify";
import { askAboutOrder } from "./question-service";
import { replyToOrderQuestion } from "./reply-service";

// Public POST endpoints: each starts with the session guard, and the services
// scope every order by that session (a customer's own orders; a rep's customers).

export type OrderActionState = {
  ok: boolean;
  message: string;
  fieldErrors?: Record<string, string>;
  conflict?: boolean;
  /** Bumped on each success so a form can reset itself and take a fresh idempotency key. */
  done?: number;
} | null;

type T = Awaited<ReturnType<typeof getTranslations<"orderStatus">>>;
const LIMITS = { max: Math.max(QUESTION_MAX, REASON_MAX, REPLY_MAX) };

function invalid(t: T, codes: Record<string, string>, limits: Record<string, number>): OrderActionState {
  if (codes.orderId || codes.version || codes.idempotencyKey || codes.leadId || codes.leadVersion) {
    return { ok: false, message: t("errors.formOutdated") };
  }
  const fieldErrors: Record<string, string> = {};
  for (const [field, code] of Object.entries(codes)) fieldErrors[field] = t(`errors.${code}` as "errors.formOutdated", { max: limits[field] ?? LIMITS.max });
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

export async function askAboutOrderAction(_prev: OrderActionState, formData: FormData): Promise<OrderActionState> {
  const session = await requireCustomer();
  const t = await getTranslations("orderStatus");
  const parsed = askQuestionSchema.safeParse(formFields(formData, ["orderId", "idempotencyKey", "message"]));
  if (!parsed.success) return invalid(t, fieldCodes(parsed.error), { message: QUESTION_MAX });
  const result = await askAboutOrder(await getDb(), session, parsed.data, new Date());
  if (!result.ok) return { ok: false, message: t(result.reason === "key_reused" ? "errors.formOutdated" : "errors.notFound") };
  revalidatePath(`/orders/${parsed.data.orderId}`);
  return { ok: true, message: t("ask.sent"), done: Date.now() };
}

function changeOutcome(t: T, result: OrderChangeResult): OrderActionState {
  if (result.ok) return { ok: true, message: t("staff.saved"), done: Date.now() };
  switch (result.reason) {
    case "conflict": return { ok: false, conflict: true, message: t("errors.conflict") };
    case "not_allowed": return { ok: false, message: t("errors.notAllowed") };
    case "unchanged": return { ok: false, message: t("errors.dateUnchanged"), fieldErrors: { date: t("errors.dateUnchanged") } };
    default: return { ok: false, message: t("errors.notFound") };
  }
}

function revalidateOrder(customerId: string | null, orderId: string) {
  revalidatePath(`/orders/${orderId}`);
  revalidatePath("/orders");
  if (customerId) revalidatePath(`/customers/${customerId}/orders/${orderId}`);
}

export async function advanceMilestoneAction(_prev: OrderActionState, formData: FormData): Promise<OrderActionState> {
  const session = await requireStaff();
  const t = await getTranslations("orderStatus");
  const parsed = advanceMilestoneSchema.safeParse(formFields(formData, ["orderId", "version", "milestone", "reason"]));
  if (!parsed.success) return invalid(t, fieldCodes(parsed.error), { reason: REASON_MAX });
  const result = await advanceMilestone(await getDb(), session, parsed.data, new Date());
  if (result.ok) {
    await notify(result.notice);
    revalidateOrder(formData.get("customerId")?.toString() ?? null, parsed.data.orderId);
  }
  return changeOutcome(t, result);
}

export async function moveDeliveryDateAction(_prev: OrderActionState, formData: FormData): Promise<OrderActionState> {
  const session = await requireStaff();
  const t = await getTranslations("orderStatus");
  const parsed = moveDateSchema.safeParse(formFields(formData, ["orderId", "version", "date", "reason"]));
  if (!parsed.success) return invalid(t, fieldCodes(parsed.error), { reason: REASON_MAX });
  const result = await moveExpectedDate(await getDb(), session, parsed.data, new Date());
  if (result.ok) {
    await notify(result.notice);
    revalidateOrder(formData.get("customerId")?.toString() ?? null, parsed.data.orderId);
  }
  return changeOutcome(t, result);
}

export async function replyToQuestionAction(_prev: OrderActionState, formData: FormData): Promise<OrderActionState> {
  const session = await requireStaff();
  const t = await getTranslations("orderStatus");
  const parsed = replySchema.safeParse(formFields(formData, ["orderId", "leadId", "leadVersion", "idempotencyKey", "message"]));
  if (!parsed.success) return invalid(t, fieldCodes(parsed.error), { message: REPLY_MAX });
  const result = await replyToOrderQuestion(await getDb(), session, parsed.data, new Date());
  if (!result.ok) {
    if (result.reason === "conflict") return { ok: false, conflict: true, message: t("errors.conflict") };
    return { ok: false, message: t(result.reason === "key_reused" ? "errors.formOutdated" : "errors.notFound") };
  }
  await notify(result.notice);
  revalidateOrder(formData.get("customerId")?.toString() ?? null, parsed.data.orderId);
  revalidatePath("/leads");
  return { ok: true, message: t("staff.replySent"), done: Date.now() };
}
