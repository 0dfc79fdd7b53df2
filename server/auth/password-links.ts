import "server-only";
import crypto from "node:crypto";
import type { PasswordLinkPurpose, PrismaClient } from "@/generated/prisma/client";
import { checkPassword, type PasswordProblem } from "@/lib/password-policy";
import { PASSWORD_TOKEN_PATTERN } from "@/lib/validation/password";
import { recordAudit } from "@/server/audit";
import { hashPassword } from "./password";

// One-time links to set a staff password (PasswordLink in schema.prisma). The
// token is 256 random bits and lives only in the link; the database keeps its
// SHA-256 digest. Opening the page does not use the link (mail scanners open
// links); setting the password does, once.

const HOUR = 3_600_000;

/** The first manager's link waits a day; an invitation a week; a reset an hour. */
export const PASSWORD_LINK_LIFETIME_MS: Record<PasswordLinkPurpose, number> = {
  SETUP: 24 * HOUR,
  INVITE: 7 * 24 * HOUR,
  RESET: HOUR,
};

export type PasswordLink = { token: string; expiresAt: Date };
export type UsePasswordLinkResult = { ok: true } | { ok: false; reason: "invalidLink" | PasswordProblem };

const digest = (token: string) => crypto.createHash("sha256").update(token).digest("hex");

/** A new link for a staff user; their older unused links stop working. */
export async function issuePasswordLink(
  db: PrismaClient,
  input: { userId: string; purpose: PasswordLinkPurpose },
  now = new Date(),
): Promise<PasswordLink> {
  const token = crypto.randomBytes(32).toString("base64url");
  const expiresAt = new Date(now.getTime() + PASSWORD_LINK_LIFETIME_MS[input.purpose]);
  await db.$transaction(async (tx) => {
    const user = await tx.user.findUnique({ where: { id: input.userId }, select: { role: true } });
    if (!user || user.role === "CUSTOMER") throw new Error("Password links are for staff users only");
    await tx.passwordLink.deleteMany({ where: { userId: input.userId, usedAt: null } });
    await tx.passwordLink.create({
      data: { userId: input.userId, hash: digest(token), purpose: input.purpose, expiresAt, createdAt: now },
      select: { id: true },
    });
  });
  return { token, expiresAt };
}

export function passwordLinkUrl(token: string, baseUrl: string): string {
  return new URL(`/login/set-password?token=${token}`, baseUrl).toString();
}

function findLiveLink(db: PrismaClient, token: string, now: Date) {
  if (!PASSWORD_TOKEN_PATTERN.test(token)) return Promise.resolve(null);
  return db.passwordLink.findFirst({
    where: {
      hash: digest(token),
      usedAt: null,
      expiresAt: { gt: now },
      user: { active: true, role: { not: "CUSTOMER" } },
    },
    select: { id: true, purpose: true, user: { select: { id: true, email: true, name: true } } },
  });
}

/** Whose link this is, while it still works; null for a used, expired or unknown one. */
export async function readPasswordLink(db: PrismaClient, token: string, now = new Date()) {
  const link = await findLiveLink(db, token, now);
  return link ? { email: link.user.email, name: link.user.name, purpose: link.purpose } : null;
}

/** Sets the password through a live link and uses the link up. Sessions the user had end. */
export async function redeemPasswordLink(
  db: PrismaClient,
  input: { token: string; password: string },
  now = new Date(),
): Promise<UsePasswordLinkResult> {
  const link = await findLiveLink(db, input.token, now);
  if (!link) return { ok: false, reason: "invalidLink" };
  const check = checkPassword(input.password, link.user);
  if (!check.ok) return check; // the link stays usable for a better password
  const passwordHash = await hashPassword(input.password);
  return db.$transaction(async (tx) => {
    // Of two uses at the same moment only one finds the link unused here.
    const claimed = await tx.passwordLink.updateMany({
      where: { id: link.id, usedAt: null, expiresAt: { gt: now } },
      data: { usedAt: now },
    });
    if (claimed.count === 0) return { ok: false, reason: "invalidLink" } as const;
    await tx.user.update({
      where: { id: link.user.id },
      data: { passwordHash, tokenVersion: { increment: 1 } },
      select: { id: true },
    });
    await tx.passwordLink.deleteMany({ where: { userId: link.user.id, usedAt: null } });
    await recordAudit(tx, {
      actorId: link.user.id,
      action: "user.password_set",
      entityType: "User",
      entityId: link.user.id,
      data: { via: link.purpose },
    });
    return { ok: true } as const;
  });
}
