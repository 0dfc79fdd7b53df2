import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { testDatabases } from "@/test/worlds/databases";
import { TEST_ORIGIN, nextAuthRoute } from "@/test/auth/next-auth-route";
import { form, formFields, get, openWorld, post, resetWorld, sendTo, world } from "@/test/auth/sign-in-world";

// The throttle must count exactly the account next-auth checks. Each case is a
// request that the throttle and next-auth could read differently: a content
// type, a field given twice, a variant of the address, a parallel burst.

vi.mock("@/server/db", async () => ({ getDb: (await import("@/test/auth/sign-in-world")).getDb }));
vi.mock("./magic-link-mail", async () => ({
  sendMagicLink: (await import("@/test/auth/sign-in-world")).sendMagicLink,
}));
vi.mock("./password", async (importOriginal) => {
  const real = await importOriginal<typeof import("./password")>();
  const { world } = await import("@/test/auth/sign-in-world");
  return {
    ...real,
    verifyPassword: (password: string, hash?: string | null) => (
      world.bcryptRuns++,
      real.verifyPassword(password, hash)
    ),
  };
});

const PASSWORD = "/api/auth/callback/credentials";
const LINK = "/api/auth/signin/email";
const WRONG = { email: "kari@t.test", password: "guess" };
const FORM = "application/x-www-form-urlencoded";

// A multipart body to a multipart parser; to next-auth, whose check is
// `includes("application/x-www-form-urlencoded")`, form fields after the end.
const BOUNDARY = "application/x-www-form-urlencoded";
const multipart = (decoy: string, tail: string) =>
  `--${BOUNDARY}\r\nContent-Disposition: form-data; name="email"\r\n\r\n${decoy}\r\n--${BOUNDARY}--\r\n&${tail}`;

describe.each(testDatabases)("sign-in endpoints on $name", (database) => {
  let close: () => Promise<void>;
  let send: (request: Request) => Promise<Response>;
  const statusesOf = async (requests: Request[]) => {
    const statuses: number[] = [];
    for (const request of requests) statuses.push((await send(request)).status);
    return statuses;
  };

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
  beforeEach(resetWorld);

  it("signs a staff user in with the form next-auth's client sends", async () => {
    const answer = await send(post(PASSWORD, form({ email: "kari@t.test", password: "right-password" })));
    expect(answer.status).toBe(200);
    expect((await answer.json()).url).not.toContain("error=");
  });

  it("refuses every content type but the form encoding, so no body is read two ways", async () => {
    const attacks = Array.from({ length: 8 }, (_, i) => [
      post(
        PASSWORD,
        JSON.stringify({ ...formFields, ...WRONG, x: `&email=decoy${i}@x.test&` }),
        `${FORM}; x=application/json`,
      ),
      post(PASSWORD, multipart(`decoy${i}@x.test`, form(WRONG)), `multipart/form-data; boundary=${BOUNDARY}`),
      post(PASSWORD, JSON.stringify({ ...formFields, ...WRONG }), "application/json"),
      post(PASSWORD, form(WRONG), `text/plain; ${FORM}`),
      post(
        LINK,
        JSON.stringify({ ...formFields, email: "anna@t.test", x: `&email=decoy${i}@x.test&` }),
        `${FORM}; x=application/json`,
      ),
    ]).flat();
    const statuses = await statusesOf(attacks);
    expect(world.bcryptRuns).toBeLessThanOrEqual(5);
    expect(world.mails.length).toBeLessThanOrEqual(5);
    expect(statuses).toEqual(attacks.map(() => 415));
  });

  it("accepts the form encoding in UTF-8 only, in any letter case", async () => {
    const accepted = [`${FORM};charset=UTF-8`, "Application/X-WWW-Form-Urlencoded; charset=utf-8"];
    expect(await statusesOf(accepted.map((type) => post(PASSWORD, form(WRONG), type)))).toEqual([401, 401]);
    const refused = [`${FORM}; charset=iso-8859-1`, `${FORM}; charset=utf-16le`, `${FORM}, application/json`];
    expect(await statusesOf(refused.map((type) => post(PASSWORD, form(WRONG), type)))).toEqual([415, 415, 415]);
    expect(world.bcryptRuns).toBe(2);
  });

  it("refuses a form that gives the email twice", async () => {
    const statuses = await statusesOf(
      Array.from({ length: 8 }, (_, i) => post(PASSWORD, `email=decoy${i}%40x.test&${form(WRONG)}`)),
    );
    expect(world.bcryptRuns).toBeLessThanOrEqual(5);
    expect(statuses).toEqual(Array(8).fill(400));
  });

  it("does not let a customer's own link clear another inbox's count", async () => {
    for (let i = 0; i < 5; i++) await send(post(LINK, form({ email: "anna@t.test" }), FORM, `10.2.0.${i}`));
    await send(post(LINK, form({ email: "eve@t.test" }), FORM, "10.2.1.1"));
    const link = new URL(world.mails.find((mail) => mail.identifier === "eve@t.test")!.url);
    // Eve opens her own link with Anna's address put in front of hers.
    const opened = await send(get(`/api/auth/callback/email?email=anna%40t.test&${link.searchParams}`, "10.2.1.1"));
    expect(opened.status).toBe(400);
    expect((await send(post(LINK, form({ email: "anna@t.test" }), FORM, "10.2.2.1"))).status).toBe(429);
    expect(world.mails.filter((mail) => mail.identifier === "anna@t.test")).toHaveLength(5);
  });

  it("throttles every path next-auth reads as a sign-in, not only the usual one", async () => {
    // next-auth takes the action and provider from the first two segments and ignores the rest.
    const paths = [`${PASSWORD}/x`, `${PASSWORD}/`, "/api/auth/callback/%63redentials"];
    for (let i = 0; i < 8; i++) await send(post(paths[i % paths.length], form(WRONG)));
    for (let i = 0; i < 8; i++) await send(post(`${LINK}/x`, form({ email: "anna@t.test" }), FORM, `10.4.0.${i}`));
    expect(world.bcryptRuns).toBeLessThanOrEqual(5);
    expect(world.mails.length).toBeLessThanOrEqual(5);
  });

  it("counts Unicode, case and space variants of an inbox as that inbox", async () => {
    const variants = [
      "ANNA@T.TEST",
      "ａｎｎａ@ｔ.ｔｅｓｔ",
      " anna@t.test ",
      "\u00a0anna@t.test",
      "anna@t.test,1",
      "Anna@T.Test\u3000",
      "anna@t.test,2",
      "ａnna@t.test",
      "anna@t.test,x.test",
      "anna\uFF20t.test",
    ];
    for (const [i, email] of variants.entries()) await send(post(LINK, form({ email }), FORM, `10.3.0.${i}`));
    expect(world.mails.filter((mail) => mail.identifier === "anna@t.test").length).toBeLessThanOrEqual(5);
  });

  it("counts Unicode, case and space variants of a staff account as that account", async () => {
    const padded = Array.from({ length: 8 }, (_, i) => `${" ".repeat(244 + i)}kari@t.test`);
    const variants = [...padded, "KARI@T.TEST", "ｋａｒｉ@t.test", "\tkari@t.test\n", "Kari@T.test"];
    for (const email of variants) await send(post(PASSWORD, form({ ...WRONG, email })));
    expect(world.bcryptRuns).toBeLessThanOrEqual(5);
  });

  it("lets at most five of twenty parallel wrong passwords reach bcrypt", async () => {
    const answers = await Promise.all(Array.from({ length: 20 }, () => send(post(PASSWORD, form(WRONG)))));
    expect(world.bcryptRuns).toBeLessThanOrEqual(5);
    expect(answers.filter((answer) => answer.status === 429)).toHaveLength(20 - world.bcryptRuns);
  });
});
