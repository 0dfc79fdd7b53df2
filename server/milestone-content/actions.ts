"use server";
import "server-only";
import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { BODY_MAX, contentItemSchema, deleteContentSchema, TITLE_MAX } from "@/lib/validation/milestone-content";
import { fieldCodes, formFields } from "@/lib/validation/orders";
import { requireRole } from "@/server/auth/session";
import { getDb } from "@/server/db";
import type { OrderActionState } from "@/server/orders/actions";
import { deleteMilestoneContent, saveMilestoneContent, type ContentResult } from "./service";

// Managers only: requireRole answers anyone else with a 404 before anything is read.

const FIELDS = ["id", "version", "category", "milestone", "locale", "position", "title", "body", "linkUrl"] as const;

type T = Awaited<ReturnType<typeof getTranslations<"orderStatus.content">>>;

function outcome(t: T, result: ContentResult, success: string): OrderActionState {
  if (result.ok) {
    revalidatePath("/settings/content");
    return { ok: true, message: success, done: Date.now() };
  }
  return { ok: false, conflict: result.reason === "conflict", message: t(result.reason === "conflict" ? "conflict" : "notFound") };
}

export async function saveContentAction(_prev: OrderActionState, formData: FormData): Promise<OrderActionState> {
  const session = await requireRole("MANAGER");
  const t = await getTranslations("orderStatus.content");
  const parsed = contentItemSchema.safeParse(formFields(formData, FIELDS));
  if (!parsed.success) {
    const codes = fieldCodes(parsed.error);
    if (Object.keys(codes).some((f) => !["title", "body", "linkUrl"].includes(f))) return { ok: false, message: t("errors.formOutdated") };
    const max = { title: TITLE_MAX, body: BODY_MAX } as Record<string, number>;
    const fieldErrors = Object.fromEntries(Object.entries(codes).map(([f, code]) => [f, t(`errors.${code}` as "errors.titleRequired", { max: max[f] ?? 0 })]));
    return { ok: false, message: Object.values(fieldErrors)[0], fieldErrors };
  }
  const result = await saveMilestoneContent(await getDb(), session, parsed.data);
  return outcome(t, result, parsed.data.id ? t("saved") : t("added"));
}

export async function deleteContentAction(_prev: OrderActionState, formData: FormData): Promise<OrderActionState> {
  const session = await requireRole("MANAGER");
  const t = await getTranslations("orderStatus.content");
  const parsed = deleteContentSchema.safeParse(formFields(formData, ["id", "version"]));
  if (!parsed.success) return { ok: false, message: t("errors.formOutdated") };
  return outcome(t, await deleteMilestoneContent(await getDb(), session, parsed.data), t("deleted"));
}
