import { afterEach, describe, expect, it, vi } from "vitest";
import { ACCOUNT_CLOSED } from "@/lib/sign-in-errors";
import { hashPassword } from "./password";

// The sign-in check as next-auth calls it, on a stub user table: an unknown
// email and a wrong password must be told apart neither by the answer nor by
// the time it takes. And the cookie settings follow the public URL.

const passwordHash = await hashPassword("right-password");
const users = new Map([
  ["sales@t.test", { id: "u1", email: "sales@t.test", name: "Sales", role: "SALES", active: true, passwordHash }],
  ["gone@t.test", { id: "u2", email: "gone@t.test", name: "Gone", role: "SALES", active: false, passwordHash }],
]);
vi.mock("@/server/db", () => ({
  getDb: async () => ({
    user: { findUnique: async ({ where }: { where: { email: string } }) => users.get(where.email) ?? null },
  }),
}));
vi.mock("./magic-link-mail", () => ({ sendMagicLink: async () => {} }));
vi.mock("./adapter", () => ({ magicLinkAdapter: {} }));

async function loadOptions() {
  vi.resetModules();
  return (await import("./options")).authOptions;
}

type Authorize = (credentials: Record<string, string>) => Promise<unknown>;

async function timed(authorize: Authorize, credentials: Record<string, string>) {
  const start = performance.now();
  const result = await authorize(credentials);
  return { result, ms: performance.now() - start };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

afterEach(() => vi.unstubAllEnvs());

describe("staff sign-in", () => {
  it("answers an unknown email and a wrong password alike, in similar time", async () => {
    const options = await loadOptions();
    const provider = options.providers.find((p) => p.id === "credentials") as unknown as {
      options: { authorize: Authorize };
    };
    const authorize = provider.options.authorize;
    expect(await authorize({ email: "sales@t.test", password: "right-password" })).toMatchObject({ id: "u1" });
    const unknown: number[] = [];
    const wrong: number[] = [];
    for (let i = 0; i < 5; i++) {
      const a = await timed(authorize, { email: "nobody@t.test", password: "guess" });
      const b = await timed(authorize, { email: "sales@t.test", password: "guess" });
      expect(a.result).toBeNull();
      expect(b.result).toBeNull();
      unknown.push(a.ms);
      wrong.push(b.ms);
    }
    // Both run one bcrypt comparison (tens of ms); a skipped one would be ~100× faster.
    const ratio = median(unknown) / median(wrong);
    expect(ratio).toBeGreaterThan(0.5);
    expect(ratio).toBeLessThan(2);
  });

  it("tells a disabled user their access is closed, but only after the password is right", async () => {
    const options = await loadOptions();
    const provider = options.providers.find((p) => p.id === "credentials") as unknown as {
      options: { authorize: Authorize };
    };
    const authorize = provider.options.authorize;
    await expect(authorize({ email: "gone@t.test", password: "right-password" })).rejects.toThrow(ACCOUNT_CLOSED);
    // A guesser learns nothing: a wrong password gets the usual answer.
    expect(await authorize({ email: "gone@t.test", password: "guess" })).toBeNull();
  });

  it("follows a callbackUrl only to a path on this site, and never throws", async () => {
    const redirect = (await loadOptions()).callbacks!.redirect!;
    const baseUrl = "https://crm.example.com";
    const follow = (url: string) => redirect({ url, baseUrl });
    expect(await follow("/leads?view=nurture")).toBe(`${baseUrl}/leads?view=nurture`);
    expect(await follow(`${baseUrl}/dashboard`)).toBe(`${baseUrl}/dashboard`);
    for (const url of [
      "/\\evil.example",
      "/%2F/evil.example",
      "//evil.example",
      "https://evil.example/",
      "/\n/evil.example",
      "not a url",
    ]) {
      expect(await follow(url), url).toBe(`${baseUrl}/`);
    }
  });

  it("marks cookies Secure only when the public URL is https", async () => {
    vi.stubEnv("NEXTAUTH_URL", "https://crm.example.com");
    expect((await loadOptions()).useSecureCookies).toBe(true);
    vi.stubEnv("NEXTAUTH_URL", "http://localhost:3000");
    expect((await loadOptions()).useSecureCookies).toBe(false);
  });
});
