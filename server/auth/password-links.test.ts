import crypto from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PrismaClient } from "@/generated/prisma/client";
import type { SqlClient } from "@/server/db/sql";
import { testDatabases } from "@/test/worlds/databases";
import { createManager } from "@/server/users/create-manager";
import { issuePasswordLink, readPasswordLink, redeemPasswordLink } from "./password-links";
import { verifyPassword } from "./password";

// The first manager of a production install signs in only through a link that
// works once, expires, and is kept as a digest: whoever reads the database or
// a used link later cannot set the password again.

const NOW = new Date("2026-12-01T10:00:00Z");
const DAY = 86_400_000;
const GOOD = "tre grønne hester i regnet";
const sha256 = (token: string) => crypto.createHash("sha256").update(token).digest("hex");

describe.each(testDatabases)("one-time password links on $name", (database) => {
  let sql: SqlClient;
  let db: PrismaClient;
  beforeAll(async () => {
    sql = await database.open();
    db = new PrismaClient({ adapter: database.prismaAdapter(sql) });
  });
  afterAll(async () => {
    await db?.$disconnect();
    await sql?.close();
  });
  const user = (email: string) =>
    db.user.findUniqueOrThrow({
      where: { email },
      select: { id: true, role: true, active: true, passwordHash: true, tokenVersion: true },
    });

  it("creates exactly one manager, without a password, whose link works once and then never again", async () => {
    const made = await createManager(db, { email: " Ingrid@Firma.NO ", name: "Ingrid Solberg" }, NOW);
    expect(made).toMatchObject({ ok: true, created: true, expiresAt: new Date(NOW.getTime() + DAY) });
    if (!made.ok) return;
    expect(await db.user.findMany({ select: { email: true, role: true, passwordHash: true } })).toEqual([
      { email: "ingrid@firma.no", role: "MANAGER", passwordHash: null },
    ]);
    // Only the digest is stored.
    expect(await db.passwordLink.findMany({ select: { hash: true, purpose: true } })).toEqual([
      { hash: sha256(made.token), purpose: "SETUP" },
    ]);
    expect(JSON.stringify(await db.passwordLink.findMany())).not.toContain(made.token);
    expect(await db.auditLog.findMany({ select: { action: true, entityId: true } })).toEqual([
      { action: "user.created", entityId: made.userId },
    ]);

    expect(await readPasswordLink(db, made.token, NOW)).toEqual({
      email: "ingrid@firma.no",
      name: "Ingrid Solberg",
      purpose: "SETUP",
    });
    // A refused password leaves the link usable.
    expect(await redeemPasswordLink(db, { token: made.token, password: "short" }, NOW)).toEqual({
      ok: false,
      reason: "tooShort",
    });
    expect(await redeemPasswordLink(db, { token: made.token, password: "Ingrid2026sommer" }, NOW)).toEqual({
      ok: false,
      reason: "personal",
    });
    const before = await user("ingrid@firma.no");
    expect(
      await redeemPasswordLink(db, { token: made.token, password: GOOD }, new Date(NOW.getTime() + 60_000)),
    ).toEqual({ ok: true });
    const after = await user("ingrid@firma.no");
    expect(await verifyPassword(GOOD, after.passwordHash)).toBe(true);
    expect(after.tokenVersion).toBe(before.tokenVersion + 1);

    expect(await redeemPasswordLink(db, { token: made.token, password: "another long passphrase" }, NOW)).toEqual({
      ok: false,
      reason: "invalidLink",
    });
    expect(await readPasswordLink(db, made.token, NOW)).toBeNull();
    expect(await verifyPassword(GOOD, (await user("ingrid@firma.no")).passwordHash)).toBe(true);
    expect((await db.auditLog.findMany({ select: { action: true } })).map((a) => a.action).sort()).toEqual([
      "user.created",
      "user.password_set",
    ]);
  });

  it("expires", async () => {
    const { id } = await user("ingrid@firma.no");
    const link = await issuePasswordLink(db, { userId: id, purpose: "SETUP" }, NOW);
    const late = new Date(link.expiresAt.getTime() + 1);
    expect(await readPasswordLink(db, link.token, late)).toBeNull();
    expect(await redeemPasswordLink(db, { token: link.token, password: "another long passphrase" }, late)).toEqual({
      ok: false,
      reason: "invalidLink",
    });
    expect(await verifyPassword(GOOD, (await user("ingrid@firma.no")).passwordHash)).toBe(true);
  });

  it("ends the older links of a user when it makes a new one", async () => {
    const { id } = await user("ingrid@firma.no");
    const first = await issuePasswordLink(db, { userId: id, purpose: "RESET" }, NOW);
    const second = await issuePasswordLink(db, { userId: id, purpose: "RESET" }, NOW);
    expect(await readPasswordLink(db, first.token, NOW)).toBeNull();
    expect(await readPasswordLink(db, second.token, NOW)).not.toBeNull();
    expect(second.expiresAt).toEqual(new Date(NOW.getTime() + 3_600_000));
  });

  it("gives an existing manager a new link instead of a second account, and refuses any other user's address", async () => {
    const again = await createManager(db, { email: "ingrid@firma.no", name: "Someone Else" }, NOW);
    expect(again).toMatchObject({ ok: true, created: false });
    await db.user.create({ data: { email: "sales@firma.no", name: "Magnus Berg", role: "SALES" } });
    expect(await createManager(db, { email: "sales@firma.no", name: "Magnus Berg" }, NOW)).toEqual({
      ok: false,
      reason: "taken",
    });
    expect(await db.user.count({ where: { role: "MANAGER" } })).toBe(1);
    expect((await user("sales@firma.no")).role).toBe("SALES");
  });

  it("lets one of two simultaneous uses of a link through", async () => {
    const { id } = await user("sales@firma.no");
    const link = await issuePasswordLink(db, { userId: id, purpose: "INVITE" }, NOW);
    const results = await Promise.all([
      redeemPasswordLink(db, { token: link.token, password: "first long passphrase here" }, NOW),
      redeemPasswordLink(db, { token: link.token, password: "second long passphrase here" }, NOW),
    ]);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
  });

  it("refuses a link of a disabled user, a malformed token and a customer", async () => {
    const { id } = await user("sales@firma.no");
    const link = await issuePasswordLink(db, { userId: id, purpose: "RESET" }, NOW);
    await db.user.update({ where: { id }, data: { active: false } });
    expect(await redeemPasswordLink(db, { token: link.token, password: GOOD }, NOW)).toEqual({
      ok: false,
      reason: "invalidLink",
    });
    expect(await readPasswordLink(db, "not-a-token", NOW)).toBeNull();
    const customer = await db.customer.create({ data: { name: "Kari Nordmann" } });
    const login = await db.user.create({
      data: { email: "kari@eksempel.no", name: "Kari", role: "CUSTOMER", customerId: customer.id },
    });
    await expect(issuePasswordLink(db, { userId: login.id, purpose: "RESET" }, NOW)).rejects.toThrow(/staff/);
  });
});
