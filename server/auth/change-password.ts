import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import { checkPassword, type PasswordProblem } from "@/lib/password-policy";
import { recordAudit } from "@/server/audit";
import { hashPassword, verifyPassword } from "./password";
import type { AppSession } from "./session";
import { clearOnSuccess, passwordKeys, releaseAttempt, reserveAttempt } from "./throttle";

// A staff user changes their own password (/account/password), giving the
// current one. Wrong current passwords count toward the sign-in limits of the
// account (server/auth/throttle.ts), so a stolen session cannot guess it. The
// change ends every session of the user, this one too: they sign in again.

export type ChangePasswordResult =
  | { ok: true }
  | { ok: false; reason: "wrongPassword" | PasswordProblem }
  | { ok: false; reason: "throttled"; retryAfterSeconds: number };

export async function changeOwnPassword(
  db: PrismaClient,
  session: AppSession,
  input: { current: string; password: string; address: string },
  now = new Date(),
): Promise<ChangePasswordResult> {
  if (session.role === "CUSTOMER") throw new Error("Passwords are for staff users only");
  const keys = passwordKeys(session.email, input.address);
  // Counted before bcrypt runs, as a sign-in is (server/auth/throttle.ts): a stolen session cannot
  // guess the current password faster than the login form could.
  const decision = await reserveAttempt(db, keys, now);
  if (!decision.ok) return { ok: false, reason: "throttled", retryAfterSeconds: decision.retryAfterSeconds };
  const user = await db.user.findUniqueOrThrow({
    where: { id: session.userId },
    select: { email: true, name: true, passwordHash: true },
  });
  if (!(await verifyPassword(input.current, user.passwordHash))) return { ok: false, reason: "wrongPassword" };
  await clearOnSuccess(db, keys);
  await releaseAttempt(db, keys);
  const check = checkPassword(input.password, user);
  if (!check.ok) return check;
  const passwordHash = await hashPassword(input.password);
  await db.$transaction(async (tx) => {
    await tx.user.update({
      where: { id: session.userId },
      data: { passwordHash, tokenVersion: { increment: 1 } },
      select: { id: true },
    });
    // A reset link asked for earlier must not undo this change.
    await tx.passwordLink.deleteMany({ where: { userId: session.userId, usedAt: null } });
    await recordAudit(tx, {
      actorId: session.userId,
      action: "user.password_set",
      entityType: "User",
      entityId: session.userId,
      data: { via: "change" },
    });
  });
  return { ok: true };
}
