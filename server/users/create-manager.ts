import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import { newStaffUserSchema } from "@/lib/validation/staff-users";
import { recordAudit } from "@/server/audit";
import { issuePasswordLink, type PasswordLink } from "@/server/auth/password-links";

// The first manager of a production install (`npm run create-manager`, run by
// whoever operates the server): a manager without a password, and a one-time
// link to set one. Run again for the same manager, it gives a new link (a lost
// link, a forgotten password) and ends the old one; it never turns another
// user into a manager.

export type CreateManagerResult =
  ({ ok: true; created: boolean; userId: string } & PasswordLink) | { ok: false; reason: "invalid" | "taken" };

export async function createManager(
  db: PrismaClient,
  input: { email: string; name: string },
  now = new Date(),
): Promise<CreateManagerResult> {
  const parsed = newStaffUserSchema.safeParse(input);
  if (!parsed.success) return { ok: false, reason: "invalid" };
  const { email, name } = parsed.data;
  const existing = await db.user.findUnique({ where: { email }, select: { id: true, role: true, active: true } });
  if (existing && (existing.role !== "MANAGER" || !existing.active)) return { ok: false, reason: "taken" };
  const userId =
    existing?.id ??
    (await db.$transaction(async (tx) => {
      const user = await tx.user.create({
        data: { email, name, role: "MANAGER", createdAt: now },
        select: { id: true },
      });
      await recordAudit(tx, {
        actorId: null,
        action: "user.created",
        entityType: "User",
        entityId: user.id,
        data: { role: "MANAGER", via: "cli" },
      });
      return user.id;
    }));
  const link = await issuePasswordLink(db, { userId, purpose: "SETUP" }, now);
  return { ok: true, created: !existing, userId, ...link };
}
