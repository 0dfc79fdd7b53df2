"use server";
import "server-only";
import { revalidatePath } from "next/cache";
import { getTranslations } from "next-intl/server";
import { BODY_MAX, contentItemSchema, deleteContentSchema, TITLE_MAX } from "@/lib/validation/milestone-content";
import { fieldCodes } from "@/lib/validation/orders";
import { formFields } from "@/lib/validation/form-data";
import { formAction } from "@/server/actions/client";
import type { OrderActionState } from "@/server/orders/actions";
import { deleteMilestoneContent, saveMilestoneContent, type ContentResult } from "./service";

// Managers only (who: "manager"): anyone else gets a 404 before anything is read. The waiting-room
// content belongs to the business, not to a team, so the role is the whole access rule.

const FIELDS = ["id", "version", "category", "milestone", "locale", "position", "title", "body", "linkUrl"] as const;

type T = Awaited<ReturnType<typeof getTranslations<"orderStatus.content">>>;
type State = NonNullable<OrderActionState>;

function outcome(t: T, result: ContentResult, success: string): State {
  if (result.ok) {
    revalidatePath("/settings/content");
    return { ok: true, message: success, done: Date.now() };
  }
  return {
    ok: false,
    conflict: result.reason === "conflict",
    message: t(result.reason === "conflict" ? "conflict" : "notFound"),
  };
}

export const saveContentAction = formAction({
  who: "manager",
  schema: contentItemSchema,
  read: (formData) => formFields(formData, FIELDS),
  invalid: async (error): Promise<State> => {
    const t = await getTranslations("orderStatus.content");
    const codes = fieldCodes(error);
    if (Object.keys(codes).some((f) => !["title", "body", "linkUrl"].includes(f)))
      return { ok: false, message: t("errors.formOutdated") };
    const max = { title: TITLE_MAX, body: BODY_MAX } as Record<string, number>;
    const fieldErrors = Object.fromEntries(
      Object.entries(codes).map(([f, code]) => [
        f,
        t(`errors.${code}` as "errors.titleRequired", { max: max[f] ?? 0 }),
      ]),
    );
    return { ok: false, message: Object.values(fieldErrors)[0], fieldErrors };
  },
  run: async ({ session, input, db }) => {
    const t = await getTranslations("orderStatus.content");
    return outcome(t, await saveMilestoneContent(db, session, input), input.id ? t("saved") : t("added"));
  },
});

export const deleteContentAction = formAction({
  who: "manager",
  schema: deleteContentSchema,
  read: (formData) => formFields(formData, ["id", "version"]),
  invalid: async (): Promise<State> => ({
    ok: false,
    message: (await getTranslations("orderStatus.content"))("errors.formOutdated"),
  }),
  run: async ({ session, input, db }) => {
    const t = await getTranslations("orderStatus.content");
    return outcome(t, await deleteMilestoneContent(db, session, input), t("deleted"));
  },
});
