import "server-only";
import { z } from "zod";
import type { PrismaClient } from "@/generated/prisma/client";
import type { InviteStaffInput } from "@/lib/validation/staff-users";
import type { AppSession } from "@/server/auth/session";
import { recordAudit } from "@/server/audit";
import { sendPasswordLinkMail } from "@/server/auth/password-link-mail";
import { issuePasswordLink } from "@/server/auth/password-links";
import { defineJob } from "@/server/jobs/define";
import { enqueue } from "@/server/jobs/enqueue";
import { STAFF } from "./staff-admin";

// Managers invite staff by e-mail (/settings/users): a user without a password,
// and a mailed one-time link to choose one (a week). Inviting an address again
// while its invitation is pending sends a new link and ends the old one; an
// address that can already sign in, or belongs to a customer, is refused.
// The link is made and mailed by a job, so a mail server that is down delays
// the invitation instead of losing it.

export type InviteResult = { ok: true; created: boolean } | { ok: false; reason: "taken" | "noTeam" };

export async function inviteStaffUser(
  db: PrismaClient,
  session: AppSession,
  input: InviteStaffInput,
  now = new Date(),
): Promise<InviteResult> {
  if (session.role !== "MANAGER") throw new Error("Inviting staff is for managers only");
  const email = input.email.trim().toLowerCase();
  if (input.teamId && !(await db.team.findUnique({ where: { id: input.teamId }, select: { id: true } })))
    return { ok: false, reason: "noTeam" };
  const existing = await db.user.findUnique({
    where: { email },
    select: { id: true, name: true, role: true, active: true, passwordHash: true },
  });
  if (existing && (existing.role === "CUSTOMER" || existing.passwordHash !== null || !existing.active))
    return { ok: false, reason: "taken" };
  const userId =
    existing?.id ??
    (await db.$transaction(async (tx) => {
      const user = await tx.user.create({
        data: { email, name: input.name, role: input.role, teamId: input.teamId ?? null, createdAt: now },
        select: { id: true },
      });
      await recordAudit(tx, {
        actorId: session.userId,
        action: "user.created",
        entityType: "User",
        entityId: user.id,
        data: { role: input.role, via: "invite" },
      });
      return user.id;
    }));
  await enqueue(db, staffInviteMailJob, { payload: { userId }, runAt: now });
  return { ok: true, created: !existing };
}

export const staffInviteMailJob = defineJob({
  kind: "mail.staff-invite",
  interactive: true, // the manager has just told a colleague to look for it
  payload: z.object({ userId: z.string().uuid() }),
  maxAttempts: 8,
  async run({ userId }, { prisma, now }) {
    const user = await prisma.user.findUnique({
      where: { id: userId },
      select: { email: true, name: true, active: true, passwordHash: true },
    });
    // Gone, disabled or already signed up in the meantime: nothing to send.
    if (!user?.email || !user.active || user.passwordHash !== null) return;
    const link = await issuePasswordLink(prisma, { userId, purpose: "INVITE" }, now);
    await sendPasswordLinkMail({ email: user.email, name: user.name }, "INVITE", link);
  },
});

export type ResendInvitationResult = { ok: true } | { ok: false; reason: "notFound" | "notPending" };

/**
 * "Send again" on the users list: a new link for an invited colleague who has not set a password
 * (the mail was lost, or the week ran out); the old link stops working when the new one is made.
 */
export async function resendStaffInvitation(
  db: PrismaClient,
  session: AppSession,
  userId: string,
  now = new Date(),
): Promise<ResendInvitationResult> {
  if (session.role !== "MANAGER") throw new Error("Inviting staff is for managers only");
  const user = await db.user.findFirst({
    where: { id: userId, ...STAFF },
    select: { active: true, passwordHash: true },
  });
  if (!user) return { ok: false, reason: "notFound" };
  if (!user.active || user.passwordHash !== null) return { ok: false, reason: "notPending" };
  // Who sent a colleague a new way to set a password is on the record, like who created them.
  await db.$transaction(async (tx) => {
    await recordAudit(tx, {
      actorId: session.userId,
      action: "user.invitation_resent",
      entityType: "User",
      entityId: userId,
      data: {},
    });
    await enqueue(tx, staffInviteMailJob, { payload: { userId }, runAt: now });
  });
  return { ok: true };
}
