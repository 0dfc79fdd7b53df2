import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { ACCOUNT_CLOSED } from "@/lib/sign-in-errors";
import { testDatabases } from "@/test/worlds/databases";
import { TEST_ORIGIN, nextAuthRoute } from "@/test/auth/next-auth-route";
import { form, get, openWorld, post, sendTo, world } from "@/test/auth/sign-in-world";

// /api/auth/session is what next-auth's client (useSession, getSession) asks.
// A cookie copied before sign-out, or kept by a user who was disabled since,
// must get no user there either, not only on the pages (server/auth/session.ts).

vi.mock("@/server/db", async () => ({ getDb: (await import("@/test/auth/sign-in-world")).getDb }));
vi.mock("./magic-link-mail", async () => ({
  sendMagicLink: (await import("@/test/auth/sign-in-world")).sendMagicLink,
}));

describe.each(testDatabases)("the session endpoint on $name", (database) => {
  let close: () => Promise<void>;
  let send: (request: Request) => Promise<Response>;

  beforeAll(async () => {
    vi.stubEnv("NEXTAUTH_URL", TEST_ORIGIN);
    ({ close } = await openWorld(database));
    const { authOptions } = await import("./options");
    const { withSignInThrottle } = await import("./sign-in-throttle");
    send = sendTo(withSignInThrottle(nextAuthRoute(authOptions)));
  });
  afterAll(async () => {
    await close?.();
    vi.unstubAllEnvs();
  });

  async function signIn(): Promise<string> {
    const answer = await send(
      post("/api/auth/callback/credentials", form({ email: "kari@t.test", password: "right-password" })),
    );
    const cookie = answer.headers.getSetCookie().find((c) => c.startsWith("next-auth.session-token="));
    expect(cookie).toBeDefined();
    return cookie!.split(";")[0];
  }

  async function sessionWith(cookie: string): Promise<{ user?: { email?: string } }> {
    const request = get("/api/auth/session");
    request.headers.set("cookie", `${request.headers.get("cookie")}; ${cookie}`);
    return (await send(request)).json();
  }

  it("gives no user for a copied cookie after sign-out", async () => {
    const copied = await signIn();
    expect((await sessionWith(copied)).user?.email).toBe("kari@t.test");
    const signOut = post("/api/auth/signout", form({}));
    signOut.headers.set("cookie", `${signOut.headers.get("cookie")}; ${copied}`);
    expect((await send(signOut)).status).toBeLessThan(400);
    expect(await sessionWith(copied)).toEqual({});
  });

  it("gives no user once the user is disabled", async () => {
    const cookie = await signIn();
    expect((await sessionWith(cookie)).user?.email).toBe("kari@t.test");
    await world.clients[0].user.update({
      where: { email: "kari@t.test" },
      data: { active: false, tokenVersion: { increment: 1 } },
    });
    expect(await sessionWith(cookie)).toEqual({});
    // Signing in again with the right password says why it does not work.
    const refused = await send(
      post("/api/auth/callback/credentials", form({ email: "kari@t.test", password: "right-password" })),
    );
    expect((await refused.json()).url).toContain(`error=${ACCOUNT_CLOSED}`);
    // Disabled without the version bump too (a row edited by hand, an older code path).
    await world.clients[0].user.update({ where: { email: "kari@t.test" }, data: { active: true } });
    const again = await signIn();
    await world.clients[0].user.update({ where: { email: "kari@t.test" }, data: { active: false } });
    expect(await sessionWith(again)).toEqual({});
  });
});
