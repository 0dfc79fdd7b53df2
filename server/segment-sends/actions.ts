"use server";
import "server-only";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { z } from "zod";
import { callAction, formAction } from "@/server/actions/client";
import { controlSegmentSend } from "./control";
import { startSegmentSend } from "./start";

// Starting, pausing, resuming and cancelling a segment send: managers only (the action client
// refuses anyone else before reading a thing); the services check the segment rule again.

export type StartSendState = {
  ok: boolean;
  message?: "invalid" | "not_found" | "not_allowed" | "already_running" | "nobody";
} | null;

const startSchema = z.object({ segmentId: z.guid(), templateId: z.guid() });

export const startSegmentSendAction = formAction({
  who: "manager",
  schema: startSchema,
  read: (formData) => Object.fromEntries(formData),
  invalid: (): NonNullable<StartSendState> => ({ ok: false, message: "invalid" }),
  run: async ({ session, input, db }): Promise<NonNullable<StartSendState>> => {
    const result = await startSegmentSend(db, session, input, new Date());
    if (!result.ok) return { ok: false, message: result.reason };
    revalidatePath(`/customers/segments/${input.segmentId}`);
    redirect(`/customers/segments/${input.segmentId}?started=1`);
  },
});

const control = callAction({
  who: "manager",
  schema: z.object({ sendId: z.guid(), segmentId: z.guid(), control: z.enum(["pause", "resume", "cancel"]) }),
  read: (formData: FormData) => Object.fromEntries(formData),
  invalid: () => ({ ok: false }),
  run: async ({ session, input, db }) => {
    const result = await controlSegmentSend(db, session, input, new Date());
    revalidatePath(`/customers/segments/${input.segmentId}`);
    return { ok: result.ok };
  },
});

/** The sends table's plain forms post here (they work before the page's JavaScript has loaded). */
export async function controlSegmentSendAction(formData: FormData): Promise<void> {
  await control(formData);
}
