import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { PrismaClient } from "@/generated/prisma/client";
import type { SqlClient } from "@/server/db/sql";
import { testDatabases } from "@/test/worlds/databases";
import { createManager } from "@/server/users/create-manager";
import { verifyPassword } from "./password";

// The set-password page's action: public (the link is the credential), so it
// must do nothing without a live link, and say what to fix with one.

let db: PrismaClient;
vi.mock("@/server/db", () => ({ getDb: async () => db }));
vi.mock("next-intl/server", () => ({ getTranslations: async () => (key: string) => key }));
// Whoever opens the link has no session: the action client reads it and finds none.
vi.mock("next-auth", async (original) => ({ ...(await original<object>()), getServerSession: async () => null }));
const { setPasswordAction } = await import("./password-actions");

function form(fields: Record<string, string>) {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.set(k, v);
  return data;
}

describe.each(testDatabases)("setPasswordAction on $name", (database) => {
  let sql: SqlClient;
  beforeAll(async () => {
    sql = await database.open();
    db = new PrismaClient({ adapter: database.prismaAdapter(sql) });
  });
  afterAll(async () => {
    await db?.$disconnect();
    await sql?.close();
  });

  it("sets the password once through a live link and names the problem otherwise", async () => {
    const made = await createManager(db, { email: "ingrid@firma.no", name: "Ingrid Solberg" });
    if (!made.ok) throw new Error("no manager");
    const good = "tre grønne hester i regnet";
    expect(await setPasswordAction(null, form({ token: made.token, password: good, confirm: good + "x" }))).toEqual({
      ok: false,
      fieldErrors: { confirm: "errors.mismatch" },
    });
    expect(
      await setPasswordAction(null, form({ token: made.token, password: "password1234", confirm: "password1234" })),
    ).toEqual({ ok: false, fieldErrors: { password: "errors.common" } });
    expect(await setPasswordAction(null, form({ token: "x".repeat(43), password: good, confirm: good }))).toEqual({
      ok: false,
      message: "errors.invalidLink",
      fieldErrors: {},
    });
    expect(await setPasswordAction(null, form({ token: made.token, password: good, confirm: good }))).toEqual({
      ok: true,
    });
    expect(await setPasswordAction(null, form({ token: made.token, password: good, confirm: good }))).toEqual({
      ok: false,
      message: "errors.invalidLink",
      fieldErrors: {},
    });
    const user = await db.user.findUniqueOrThrow({ where: { email: "ingrid@firma.no" } });
    expect(await verifyPassword(good, user.passwordHash)).toBe(true);
  });
});
