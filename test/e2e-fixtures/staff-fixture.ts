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
  /**
   * Or a team of the test's own, open around the clock with no holidays (made on first use), so a
   * test about what happens when a response time runs out passes at any pinned hour (REISE_NOW).
   */
  roundTheClockTeam: z.string().min(1).max(80).optional(),
});
export type StaffFixture = z.infer<typeof staffFixtureSchema>;

export async function createStaffFixture(input: StaffFixture) {
  const db = await getDb();
  const tag = crypto.randomUUID().slice(0, 8);
  const team = input.roundTheClockTeam
    ? {
        teamId: (
          await db.team.upsert({
            where: { name: input.roundTheClockTeam },
            create: {
              name: input.roundTheClockTeam,
              openDays: [1, 2, 3, 4, 5, 6, 7],
              opensAt: "00:00",
              closesAt: "23:59", // the last minute a form can save
              holidayCountry: null,
            },
            update: {},
            select: { id: true },
          })
        ).id,
      }
    : await db.user.findUniqueOrThrow({ where: { email: input.teamOf }, select: { teamId: true } });
  const user = await db.user.create({
    data: {
      email: `e2e-${tag}@reise.test`,
      // "Zz": after every demo user in the name-ordered users list, so specs that add staff never push
      // a demo user (and a dialog open on their row) onto another page while another spec works there.
      name: `Zz E2E Selger ${tag}`,
      role: input.role,
      locale: input.locale,
      teamId: team.teamId,
      passwordHash: await hashPassword(input.password),
    },
    select: { id: true, email: true, name: true },
  });
  return { userId: user.id, email: user.email, name: user.name };
}
