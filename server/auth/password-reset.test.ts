import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runDueJobs } from "@/test/jobs/job-world";
import { testDatabases } from "@/test/worlds/databases";
import { openLeadWorld, type LeadWorld } from "@/test/worlds/lead-world";
import { verifyPassword } from "./password";
import { redeemPasswordLink } from "./password-links";
import { requestPasswordReset } from "./password-reset";

// "Forgot password": the answer is the same, after the same work, for a staff
// address, an unknown one and a customer's; looking the address up and sending
// are a job, run after answering. Requests are limited per address and per client.

const NOW = new Date("2026-12-01T10:00:00Z");
const outbox = fs.mkdtempSync(path.join(os.tmpdir(), "reise-reset-"));
process.env.REISE_OUTBOX_DIR = outbox;
process.env.NEXTAUTH_URL = "https://crm.firma.no";
afterAll(() => fs.rmSync(outbox, { recursive: true, force: true }));
const mails = () =>
  fs
    .readdirSync(outbox)
    .sort()
    .map((f) => JSON.parse(fs.readFileSync(path.join(outbox, f), "utf8")) as { to: string; text: string });

describe.each(testDatabases)("password reset by e-mail on $name", (database) => {
  let world: LeadWorld;
  beforeAll(async () => {
    for (const file of fs.readdirSync(outbox)) fs.rmSync(path.join(outbox, file));
    world = await openLeadWorld(database);
  });
  afterAll(async () => world?.close());

  it("answers alike for a staff address, an unknown one and a customer's, and only mails the staff user, after answering", async () => {
    const answers = [];
    for (const email of ["SALES@t.test", "nobody@t.test", "customer@t.test"]) {
      answers.push(await requestPasswordReset(world.db, { email, address: "203.0.113.7" }, NOW));
    }
    expect(answers).toEqual([{ ok: true }, { ok: true }, { ok: true }]);
    expect(await world.db.job.count({ where: { kind: "mail.password-reset", state: "PENDING" } })).toBe(3);
    // Nothing was looked up or written for the answer: no link exists yet, no mail is sent.
    expect(await world.db.passwordLink.count()).toBe(0);
    expect(mails()).toEqual([]);
    expect(await runDueJobs(world, NOW)).toBe(3);
    expect(mails().map((m) => m.to)).toEqual(["sales@t.test"]);
    // The typed addresses are not kept once the jobs are done.
    expect(JSON.stringify(await world.db.job.findMany({ select: { payload: true } }))).not.toMatch(/@t\.test/);
    const token = mails()[0].text.match(/\/login\/set-password\?token=([A-Za-z0-9_-]{43})/)![1];
    expect(await redeemPasswordLink(world.db, { token, password: "tre grønne hester i regnet" }, NOW)).toEqual({
      ok: true,
    });
    expect(await redeemPasswordLink(world.db, { token, password: "fire blå hester i regnet" }, NOW)).toEqual({
      ok: false,
      reason: "invalidLink",
    });
    const user = await world.db.user.findUniqueOrThrow({ where: { email: "sales@t.test" } });
    expect(await verifyPassword("tre grønne hester i regnet", user.passwordHash)).toBe(true);
  });

  it("limits requests per address alike for known and unknown addresses", async () => {
    for (const email of ["sales2@t.test", "unknown@t.test"]) {
      const results = [];
      for (let i = 0; i < 6; i++)
        results.push(await requestPasswordReset(world.db, { email, address: `198.51.100.${email.length}` }, NOW));
      expect(results.slice(0, 5)).toEqual(Array(5).fill({ ok: true }));
      expect(results[5]).toMatchObject({ ok: false });
      expect((results[5] as { retryAfterSeconds: number }).retryAfterSeconds).toBeGreaterThan(0);
    }
  });
});
