"use server";
import "server-only";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { callAction, formAction } from "@/server/actions/client";
import { segmentWriteWhere } from "@/server/access/segment";
import { segmentAudience } from "@/lib/segment-audience";
import { saveSegmentSchema } from "@/lib/validation/segment";

// Saving and deleting segments. Saving under a name the user already has updates that segment,
// so a double submit or "save again" never makes two of them (unique ownerId + name).

export type SaveSegmentState =
  | { ok: true; id: string; name: string }
  | { ok: false; message: "invalid" | "unexpected"; fieldErrors: Partial<Record<"name", string[]>> }
  | null;

type SaveState = NonNullable<SaveSegmentState>;

export const saveSegmentAction = formAction({
  who: "staff",
  schema: saveSegmentSchema,
  read: (formData) => Object.fromEntries(formData),
  invalid: (error): SaveState => ({
    ok: false,
    message: "invalid",
    fieldErrors: { name: error.issues.filter((i) => i.path[0] === "name").map((i) => i.message) },
  }),
  run: async ({ session, input, db }): Promise<SaveState> => {
    const { name, search, shared, marketing } = input;
    const filters = segmentAudience(search, { marketing });
    const data = { filters, shared, marketing, teamId: session.teamId };
    const segment = await db.segment.upsert({
      where: { ownerId_name: { ownerId: session.userId, name } },
      create: { name, ownerId: session.userId, ...data },
      update: data,
      select: { id: true, name: true },
    });
    revalidatePath("/customers");
    return { ok: true, id: segment.id, name: segment.name };
  },
});

/** Only the owner deletes a segment (segmentWriteWhere); anyone else's request deletes nothing. */
const deleteSegment = callAction({
  who: "staff",
  schema: z.object({ id: z.uuid() }),
  read: (formData: FormData) => ({ id: formData.get("id") }),
  invalid: (): { ok: boolean } => ({ ok: false }),
  run: async ({ session, input, db }) => {
    await db.segment.deleteMany({ where: { AND: [{ id: input.id }, segmentWriteWhere(session)] } });
    revalidatePath("/customers");
    return { ok: true };
  },
});

/** The banner's plain form posts here; a form action answers nothing. */
export async function deleteSegmentAction(formData: FormData): Promise<void> {
  await deleteSegment(formData);
}
