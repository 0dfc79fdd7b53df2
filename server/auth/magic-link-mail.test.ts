import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { startFakeSmtp } from "@/test/mail/fake-smtp";

// Asking for a sign-in link must not tell a stranger whether an address belongs to a customer:
// with a real SMTP server, sending takes time, so the answer must not wait for it. The known
// address is mailed after the answer, the unknown one never; both answer at once.

vi.mock("./adapter", () => ({
  magicLinkAdapter: {
    getUserByEmail: async (email: string) =>
      email === "kari@reise.test" ? { id: "u1", email, name: "Kari", emailVerified: new Date(0) } : null,
  },
}));

const { sendMagicLink } = await import("./magic-link-mail");

const SMTP_DELAY_MS = 800;
let smtp: Awaited<ReturnType<typeof startFakeSmtp>>;
beforeAll(async () => {
  smtp = await startFakeSmtp(SMTP_DELAY_MS);
  vi.stubEnv("SMTP_URL", smtp.url);
});
afterAll(async () => {
  vi.unstubAllEnvs();
  await smtp?.close();
});

async function timed(email: string): Promise<number> {
  const started = performance.now();
  await sendMagicLink({
    identifier: email,
    url: "https://reise.test/api/auth/callback/email?token=t",
    expires: new Date(Date.now() + 30 * 60_000),
  } as never);
  return performance.now() - started;
}

describe("sendMagicLink with a slow SMTP server", () => {
  it("answers a known and an unknown address alike, well before the server has taken the mail", async () => {
    const known = await timed("kari@reise.test");
    const unknown = await timed("nobody@reise.test");
    expect(known).toBeLessThan(SMTP_DELAY_MS / 4);
    expect(unknown).toBeLessThan(SMTP_DELAY_MS / 4);
    expect(smtp.received).toEqual([]);
  });

  it("still delivers the known customer's link, and only theirs", async () => {
    await vi.waitFor(() => expect(smtp.received.length).toBeGreaterThan(0), { timeout: 5_000 });
    await new Promise((r) => setTimeout(r, SMTP_DELAY_MS)); // anything else would have arrived by now
    expect(smtp.received.map((m) => m.to)).toEqual([["kari@reise.test"]]);
    const body = smtp.received[0].raw.replace(/=\r\n/g, "").replace(/=3D/g, "=");
    expect(body).toContain("callback/email?token=t");
  });
});
