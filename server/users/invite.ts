import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import type { InviteStaffInput } from "@/lib/validation/staff-users";
import type { AppSession } from "@/server/auth/session";
import { recordAudit } from "@/server/audit";
import { sendPasswordLinkMail } from "@/server/auth/password-link-mail";
import { issuePasswordLink } from "@/server/auth/password-links";

// Managers invite staff by e-mail (/settings/users): a user without a password,
// and a mailed one-time link to choose one (a week). Inviting an address again
// while its invitation is pending sends a new link and ends the old one; an
// address that can already sign in, or belongs to a customer, is refused.

export type InviteResult = { ok: true; created: boolean } | { ok: false; reason: "taken" | "noTeam" };

export async function inviteStaffUser(db: PrismaClient, session: AppSession, input: InviteStaffInput, now = new Date()): Promise<InviteResult> {
  if (session.role !== "MANAGER") throw new Error("Inviting staff is for managers only");
  const email = input.email.trim().toLowerCase();
  if (input.teamId && !(await db.team.findUnique({ where: { id: input.teamId }, select: { id: true } }))) return { ok: false, reason: "noTeam" };
  const existing = await db.user.findUnique({ where: { email }, select: { id: true, name: true, role: true, active: true, passwordHash: true } });
  if (existing && (existing.role === "CUSTOMER" || existing.passwordHash !== null || !existing.active)) return { ok: false, reason: "taken" };
  const userId = existing?.id ?? (await db.$transaction(async (tx) => {
    const user = await tx.user.create({
      data: { email, name: input.name, role: input.role, teamId: input.teamId ?? null, createdAt: now },
      select: { id: true },
    });
    await recordAudit(tx, { actorId: session.userId, action: "user.created", entityType: "User", entityId: user.id, data: { role: input.role, via: "invite" } });
    return user.id;
  }));
  const link = await issuePasswordLink(db, { userId, purpose: "INVITE" }, now);
  await sendPasswordLinkMail({ email, name: existing?.name ?? input.name }, "INVITE", link);
  return { ok: true, created: !existing };
}
