import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readPasswordLink, redeemPasswordLink } from "@/server/auth/password-links";
import { verifyPassword } from "@/server/auth/password";
import { runDueJobs } from "@/test/jobs/job-world";
import { testDatabases } from "@/test/worlds/databases";
import { openLeadWorld, type LeadWorld } from "@/test/worlds/lead-world";
import { inviteStaffUser, resendStaffInvitation } from "./invite";

// A manager invites staff by e-mail: the new user has no password until they
// set one through the mailed link, which works once.

const NOW = new Date("2026-12-01T10:00:00Z");
const outbox = fs.mkdtempSync(path.join(os.tmpdir(), "reise-invite-"));
process.env.REISE_OUTBOX_DIR = outbox;
process.env.NEXTAUTH_URL = "https://crm.firma.no";
afterAll(() => fs.rmSync(outbox, { recursive: true, force: true }));

function mailsTo(email: string): { subject: string; text: string; html: string }[] {
  return fs
    .readdirSync(outbox)
    .filter((f) => f.endsWith(`-${email}.json`))
    .sort()
    .map((f) => JSON.parse(fs.readFileSync(path.join(outbox, f), "utf8")));
}
const tokenIn = (text: string) =>
  text.match(/https:\/\/crm\.firma\.no\/login\/set-password\?token=([A-Za-z0-9_-]{43})/)?.[1];

describe.each(testDatabases)("inviting staff on $name", (database) => {
  let world: LeadWorld;
  beforeAll(async () => {
    for (const file of fs.readdirSync(outbox)) fs.rmSync(path.join(outbox, file));
    world = await openLeadWorld(database);
  });
  afterAll(async () => world?.close());

  it("creates the user without a password and mails a link that sets it once", async () => {
    const team = await world.db.team.create({ data: { name: "Bil" } });
    const result = await inviteStaffUser(
      world.db,
      world.manager,
      { email: "Jonas@Firma.no", name: "Jonas Haugen", role: "SALES", teamId: team.id },
      NOW,
    );
    expect(result).toEqual({ ok: true, created: true });
    expect(mailsTo("jonas@firma.no")).toEqual([]); // the mail is a job
    expect(await runDueJobs(world, NOW)).toBe(1);
    const user = await world.db.user.findUniqueOrThrow({
      where: { email: "jonas@firma.no" },
      select: { role: true, teamId: true, passwordHash: true, active: true },
    });
    expect(user).toEqual({ role: "SALES", teamId: team.id, passwordHash: null, active: true });
    const [mail] = mailsTo("jonas@firma.no");
    const token = tokenIn(mail.text);
    expect(token).toBeDefined();
    expect(mail.html).toContain(token);
    expect(await readPasswordLink(world.db, token!, NOW)).toMatchObject({ email: "jonas@firma.no", purpose: "INVITE" });
    expect(await redeemPasswordLink(world.db, { token: token!, password: "tre grønne hester i regnet" }, NOW)).toEqual({
      ok: true,
    });
    expect(await redeemPasswordLink(world.db, { token: token!, password: "fire blå hester i regnet" }, NOW)).toEqual({
      ok: false,
      reason: "invalidLink",
    });
    const after = await world.db.user.findUniqueOrThrow({ where: { email: "jonas@firma.no" } });
    expect(await verifyPassword("tre grønne hester i regnet", after.passwordHash)).toBe(true);
    expect(
      await world.db.auditLog.findFirst({
        where: { entityId: after.id, action: "user.created" },
        select: { actorId: true, data: true },
      }),
    ).toEqual({ actorId: world.manager.userId, data: { role: "SALES", via: "invite" } });
  });

  it("sends a pending invitation again with a new link, and refuses an address in use", async () => {
    await inviteStaffUser(
      world.db,
      world.manager,
      { email: "amira@firma.no", name: "Amira Hassan", role: "MANAGER" },
      NOW,
    );
    await runDueJobs(world, NOW);
    const first = tokenIn(mailsTo("amira@firma.no")[0].text)!;
    expect(
      await inviteStaffUser(
        world.db,
        world.manager,
        { email: "amira@firma.no", name: "Amira Hassan", role: "MANAGER" },
        NOW,
      ),
    ).toEqual({ ok: true, created: false });
    await runDueJobs(world, NOW);
    const second = tokenIn(mailsTo("amira@firma.no")[1].text)!;
    expect(await readPasswordLink(world.db, first, NOW)).toBeNull();
    expect(await readPasswordLink(world.db, second, NOW)).not.toBeNull();
    // Users who can already sign in, disabled users and customers are never re-invited.
    await world.db.user.update({ where: { email: "sales2@t.test" }, data: { active: false } });
    for (const email of ["jonas@firma.no", "sales2@t.test", "customer@t.test"]) {
      expect(await inviteStaffUser(world.db, world.manager, { email, name: "X Y", role: "MANAGER" }, NOW)).toEqual({
        ok: false,
        reason: "taken",
      });
    }
    // A pending user's role is changed on the users list, not by inviting them again.
    expect(
      await inviteStaffUser(world.db, world.manager, { email: "sales@t.test", name: "X Y", role: "MANAGER" }, NOW),
    ).toEqual({ ok: true, created: false });
    expect(
      await world.db.user.findUniqueOrThrow({ where: { email: "sales@t.test" }, select: { role: true, name: true } }),
    ).toEqual({ role: "SALES", name: "sales" });
    expect(await world.db.user.count({ where: { role: "CUSTOMER" } })).toBe(1);
  });

  it("sends a pending invitation again from the users list, and only a pending one", async () => {
    await inviteStaffUser(world.db, world.manager, { email: "mette@firma.no", name: "Mette Kjær", role: "SALES" }, NOW);
    await runDueJobs(world, NOW);
    const mette = await world.db.user.findUniqueOrThrow({ where: { email: "mette@firma.no" }, select: { id: true } });
    const first = tokenIn(mailsTo("mette@firma.no")[0].text)!;
    expect(await resendStaffInvitation(world.db, world.manager, mette.id, NOW)).toEqual({ ok: true });
    expect(await runDueJobs(world, NOW)).toBe(1);
    expect(
      await world.db.auditLog.findMany({
        where: { action: "user.invitation_resent", entityId: mette.id },
        select: { actorId: true },
      }),
    ).toEqual([{ actorId: world.manager.userId }]);
    const second = tokenIn(mailsTo("mette@firma.no")[1].text)!;
    expect(await readPasswordLink(world.db, first, NOW)).toBeNull();
    expect(await readPasswordLink(world.db, second, NOW)).toMatchObject({ email: "mette@firma.no", purpose: "INVITE" });

    // Once they have a password there is nothing to send; nor to a disabled user, a customer or nobody.
    await redeemPasswordLink(world.db, { token: second, password: "tre grønne hester i regnet" }, NOW);
    const customer = await world.db.user.findFirstOrThrow({ where: { role: "CUSTOMER" }, select: { id: true } });
    const disabled = await world.db.user.update({
      where: { email: "sales2@t.test" },
      data: { active: false, passwordHash: null },
      select: { id: true },
    });
    for (const [userId, reason] of [
      [mette.id, "notPending"],
      [disabled.id, "notPending"],
      [customer.id, "notFound"],
      ["00000000-0000-4000-8000-000000000000", "notFound"],
    ] as const)
      expect(await resendStaffInvitation(world.db, world.manager, userId, NOW)).toEqual({ ok: false, reason });
    expect(await runDueJobs(world, NOW)).toBe(0);
    await expect(resendStaffInvitation(world.db, world.sales, mette.id, NOW)).rejects.toThrow(/managers only/);
  });

  it("is for managers only", async () => {
    await expect(
      inviteStaffUser(world.db, world.sales, { email: "x@firma.no", name: "X Y", role: "MANAGER" }, NOW),
    ).rejects.toThrow(/managers only/);
    expect(await world.db.user.count({ where: { email: "x@firma.no" } })).toBe(0);
  });
});
