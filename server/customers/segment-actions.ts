"use server";
import "server-only";
import { revalidatePath } from "next/cache";
import { getDb } from "@/server/db";
import { requireStaff } from "@/server/auth/session";
import { segmentWriteWhere } from "@/server/access/segment";
import { segmentAudience } from "@/lib/segment-audience";
import { saveSegmentSchema } from "@/lib/validation/segment";

// Saving and deleting segments. Saving under a name the user already has updates that segment,
// so a double submit or "save again" never makes two of them (unique ownerId + name).

export type SaveSegmentState =
  | { ok: true; id: string; name: string }
  | { ok: false; message: "invalid" | "unexpected"; fieldErrors: Partial<Record<"name", string[]>> }
  | null;

export async function saveSegmentAction(_prev: SaveSegmentState, formData: FormData): Promise<SaveSegmentState> {
  const session = await requireStaff();
  const parsed = saveSegmentSchema.safeParse(Object.fromEntries(formData));
  if (!parsed.success) {
    const name = parsed.error.issues.filter((i) => i.path[0] === "name").map((i) => i.message);
    return { ok: false, message: "invalid", fieldErrors: { name } };
  }
  const { name, search, shared, marketing } = parsed.data;
  const filters = segmentAudience(search, { marketing });
  const db = await getDb();
  const data = { filters, shared, marketing, teamId: session.teamId };
  const segment = await db.segment.upsert({
    where: { ownerId_name: { ownerId: session.userId, name } },
    create: { name, ownerId: session.userId, ...data },
    update: data,
    select: { id: true, name: true },
  });
  revalidatePath("/customers");
  return { ok: true, id: segment.id, name: segment.name };
}

/** Only the owner deletes a segment; anyone else's request deletes nothing. */
export async function deleteSegmentAction(formData: FormData): Promise<void> {
  const session = await requireStaff();
  const id = formData.get("id");
  if (typeof id !== "string" || !/^[0-9a-f-]{36}$/i.test(id)) return;
  const db = await getDb();
  await db.segment.deleteMany({ where: { AND: [{ id }, segmentWriteWhere(session)] } });
  revalidatePath("/customers");
}
