import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { PrismaClient } from "@/generated/prisma/client";
import { openJobWorld, runDueJobs, type JobWorld } from "@/test/jobs/job-world";
import { startFakeSmtp } from "@/test/mail/fake-smtp";
import { testDatabases } from "@/test/worlds/databases";

// Asking for a sign-in link must not tell a stranger whether an address belongs to a customer:
// with a real SMTP server, sending takes time, so the answer only enqueues a job, alike for every
// address. The job mails the known address and never the unknown one; it does not send a link
// that has expired by the time it runs; and the link is never kept or logged once the job is done.

const current: { db?: PrismaClient } = {};
vi.mock("@/server/db", () => ({ getDb: async () => current.db }));

const { sendMagicLink } = await import("./magic-link-mail");
const { JobRunner } = await import("@/server/jobs/runner");
const { registeredJobs } = await import("@/server/jobs/registry");

const SMTP_DELAY_MS = 800;
const NOW = new Date("2026-12-01T09:00:00.000Z");
const LINK_MINUTES = 30;
const link = (token: string) => `https://reise.test/api/auth/callback/email?token=${token}&email=kari%40reise.test`;
const ask = (email: string, token: string, at = NOW) =>
  sendMagicLink({
    identifier: email,
    url: link(token),
    expires: new Date(at.getTime() + LINK_MINUTES * 60_000),
  } as never);

const outbox = fs.mkdtempSync(path.join(os.tmpdir(), "reise-sign-in-link-"));
let smtp: Awaited<ReturnType<typeof startFakeSmtp>>;
beforeAll(async () => {
  smtp = await startFakeSmtp(SMTP_DELAY_MS);
});
afterAll(async () => {
  await smtp?.close();
  fs.rmSync(outbox, { recursive: true, force: true });
});

/** The raw SMTP message, with quoted-printable and encoded-word headers undone, to read as text. */
function decodeMail(raw: string): string {
  const unfolded = raw.replace(/=\r?\n/g, "");
  const words = unfolded
    .replace(/\?=\s+=\?/g, "?==?")
    .replace(/=\?utf-8\?([QB])\?([^?]*)\?=/gi, (_, enc: string, text: string) =>
      enc.toUpperCase() === "B"
        ? Buffer.from(text, "base64").toString("utf8")
        : decodeURIComponent(text.replace(/_/g, " ").replace(/=([0-9A-F]{2})/gi, "%$1")),
    );
  return words.replace(/(=[0-9A-F]{2})+/gi, (run) => decodeURIComponent(run.replace(/=/g, "%")));
}

describe.each(testDatabases)("the customers' sign-in link mail on $name", (database) => {
  let world: JobWorld;
  const logged: string[] = [];
  beforeAll(async () => {
    world = await openJobWorld(database);
    current.db = world.prisma;
    await world.prisma.user.create({ data: { email: "kari@reise.test", name: "Kari", role: "CUSTOMER" } });
    // Customers whose records say they read Norwegian and Danish; their logins kept the default (en).
    for (const [email, name, locale] of [
      ["ola@reise.test", "Ola", "nb"],
      ["mette@reise.test", "Mette", "da"],
    ] as const) {
      const customer = await world.prisma.customer.create({ data: { name, email, locale } });
      await world.prisma.user.create({ data: { email, name, role: "CUSTOMER", customerId: customer.id } });
    }
  });
  afterAll(async () => world?.close());
  beforeEach(async () => {
    // The request enqueues by the app's clock: pinned (only Date; timers and SMTP run as they do).
    vi.useFakeTimers({ toFake: ["Date"], now: NOW });
    vi.stubEnv("SMTP_URL", smtp.url);
    smtp.received.length = 0;
    logged.length = 0;
    await world.prisma.job.deleteMany();
    // Whatever the app or a library prints while the jobs run is kept, to look for the link in it.
    for (const stream of ["log", "info", "warn", "error"] as const)
      vi.spyOn(console, stream).mockImplementation((...args: unknown[]) => void logged.push(args.join(" ")));
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.restoreAllMocks();
    vi.unstubAllEnvs();
  });

  const runDue = (at: Date) =>
    new JobRunner({
      sql: world.sql,
      prisma: world.prisma,
      jobs: registeredJobs,
      clock: () => at,
      log: (line) => logged.push(line),
    }).runDue();
  const jobs = () =>
    world.prisma.job.findMany({
      where: { kind: "mail.sign-in-link" },
      select: { state: true, payload: true, lastError: true, attempts: true },
    });

  it("answers a known and an unknown address alike and at once, then mails only the known one", async () => {
    await world.prisma.job.count(); // the first query of a fresh client opens it: not the answer's cost
    const started = performance.now();
    await ask("kari@reise.test", "known-token");
    const known = performance.now() - started;
    await ask("nobody@reise.test", "unknown-token");
    const unknown = performance.now() - known - started;
    expect(known).toBeLessThan(SMTP_DELAY_MS / 4);
    expect(unknown).toBeLessThan(SMTP_DELAY_MS / 4);
    // Both requests left the same trace: one waiting job each, nothing sent yet.
    expect((await jobs()).map((j) => j.state)).toEqual(["PENDING", "PENDING"]);
    expect(smtp.received).toEqual([]);

    expect(await runDueJobs({ sql: world.sql, db: world.prisma }, NOW)).toBe(2);
    expect(smtp.received.map((m) => m.to)).toEqual([["kari@reise.test"]]);
    const body = smtp.received[0].raw.replace(/=\r\n/g, "").replace(/=3D/g, "=");
    expect(body).toContain("callback/email?token=known-token");
    expect(body).toContain(`valid for ${LINK_MINUTES} minutes`);
    // Done, and the links and addresses are gone from the table.
    const done = await jobs();
    expect(done.map((j) => j.state)).toEqual(["DONE", "DONE"]);
    expect(JSON.stringify(done)).not.toMatch(/token|reise\.test/);
  });

  it("writes the link in the customer's own language, from their customer record", async () => {
    await ask("ola@reise.test", "nb-token");
    await ask("mette@reise.test", "da-token");
    await ask("kari@reise.test", "en-token");
    expect(await runDueJobs({ sql: world.sql, db: world.prisma }, NOW)).toBe(3);
    const mailTo = (email: string) => {
      const mail = smtp.received.find((m) => m.to.includes(email));
      expect(mail, email).toBeDefined();
      return decodeMail(mail!.raw);
    };
    const nb = mailTo("ola@reise.test");
    expect(nb).toContain("Subject: Innloggingslenken din til Reise");
    expect(nb).toContain("Hei Ola,");
    expect(nb).toContain(`gyldig i ${LINK_MINUTES} minutter, én gang`);
    expect(nb).toContain("callback/email?token=nb-token");
    expect(nb).not.toMatch(/Hello|valid for/);
    const da = mailTo("mette@reise.test");
    expect(da).toContain("Subject: Dit login-link til Reise");
    expect(da).toContain("Hej Mette,");
    expect(da).toContain(`gyldigt i ${LINK_MINUTES} minutter, én gang`);
    expect(da).not.toMatch(/Hello|valid for/);
    const en = mailTo("kari@reise.test");
    expect(en).toContain("Subject: Your sign-in link for Reise");
    expect(en).toContain("Hello Kari,");
  });

  it("does not send a link that has expired by the time the job runs, and says why", async () => {
    await ask("kari@reise.test", "late-token");
    expect(await runDue(new Date(NOW.getTime() + (LINK_MINUTES + 1) * 60_000))).toBe(1);
    expect(smtp.received).toEqual([]);
    const [job] = await jobs();
    expect(job).toMatchObject({ state: "FAILED", attempts: 1 });
    expect(job.lastError).toMatch(/expired .* before it could be sent/);
    expect(job.lastError).not.toContain("late-token");
  });

  it("retries while the mail server is down, and never writes the link into a log line or an error", async () => {
    vi.stubEnv("SMTP_URL", "smtp://127.0.0.1:9"); // nothing listens on the discard port
    await ask("kari@reise.test", "retried-token");
    expect(await runDue(NOW)).toBe(1);
    const [failed] = await jobs();
    expect(failed).toMatchObject({ state: "PENDING", attempts: 1 });
    expect(failed.lastError).toBeTruthy();
    // The mail server is back; the outbox (no SMTP_URL) logs a line per mail it writes.
    vi.stubEnv("SMTP_URL", "");
    vi.stubEnv("REISE_OUTBOX_DIR", outbox);
    expect(await runDue(new Date(NOW.getTime() + 60_000))).toBe(1);
    expect((await jobs())[0]).toMatchObject({ state: "DONE", attempts: 2, lastError: null });
    expect(logged.some((line) => line.includes("mail.sign-in-link") && line.includes("failed"))).toBe(true);
    expect(logged.some((line) => line.startsWith("[outbox] mail to kari@reise.test"))).toBe(true);
    expect(logged.filter((line) => line.includes("retried-token"))).toEqual([]);
  });
});
