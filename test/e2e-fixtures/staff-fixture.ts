import "server-only";
import crypto from "node:crypto";
import { z } from "zod";
import { getDb } from "@/server/db";
import { hashPassword } from "@/server/auth/password";

// A staff login of the test's own, so a test that changes a user's settings
// (language, role) never changes what the shared demo users see in parallel tests.
export const staffFixtureSchema = z.object({
  kind: z.literal("staff"),
  role: z.enum(["SALES", "MANAGER"]).default("SALES"),
  locale: z.enum(["en", "nb", "da"]).default("en"),
  password: z.string().min(8).max(100),
  /** The new user joins this user's team. */
  teamOf: z.email().default("sales@reise.test"),
});
export type StaffFixture = z.infer<typeof staffFixtureSchema>;

export async function createStaffFixture(input: StaffFixture) {
  const db = await getDb();
  const tag = crypto.randomUUID().slice(0, 8);
  const team = await db.user.findUniqueOrThrow({ where: { email: input.teamOf }, select: { teamId: true } });
  const user = await db.user.create({
    data: {
      email: `e2e-${tag}@reise.test`,
      name: `E2E Selger ${tag}`,
      role: input.role,
      locale: input.locale,
      teamId: team.teamId,
      passwordHash: await hashPassword(input.password),
    },
    select: { id: true, email: true, name: true },
  });
  return { userId: user.id, email: user.email, name: user.name };
}
