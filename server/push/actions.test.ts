import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { PrismaClient } from "@/generated/prisma/client";
import type { AppSession } from "@/server/auth/session";
import type { SqlClient } from "@/server/db/sql";
import { testDatabases } from "@/test/worlds/databases";
import { browserKeys } from "@/test/push/fake-push-service";
import { allowLocalPushHttp } from "./vapid";

// Push on/off for this device, as Next calls the actions: a user only ever turns their own
// subscriptions on or off, however the endpoint they send was come by.

let db: PrismaClient;
let signedIn: AppSession | null = null;
vi.mock("@/server/db", () => ({ getDb: async () => db }));
vi.mock("@/server/auth/session", () => ({
  requireStaff: async () => {
    if (!signedIn) throw new Error("NEXT_REDIRECT;/login");
    return signedIn;
  },
}));
vi.mock("next/headers", () => ({
  headers: async () =>
    new Headers({
      "user-agent": "Mozilla/5.0 (Linux; Android 14) AppleWebKit/537.36 Chrome/131.0 Mobile Safari/537.36",
    }),
}));
vi.mock("next-intl/server", () => ({ getTranslations: async () => (key: string) => key }));
const { pushDeviceStatusAction, sendTestPushAction, subscribePushAction, unsubscribePushAction } =
  await import("./actions");

const staff = (userId: string, email: string): AppSession => ({
  userId,
  role: "SALES",
  email,
  name: email,
  locale: "en",
  timeZone: "Europe/Oslo",
  teamId: null,
  customerId: null,
});

describe.each(testDatabases)("push actions on $name", (database) => {
  let sql: SqlClient;
  let kari: AppSession;
  let ola: AppSession;
  const endpoint = "https://fcm.googleapis.com/fcm/send/kari-phone";
  const phone = browserKeys();
  const subscription = { endpoint, expirationTime: null, keys: { p256dh: phone.p256dh, auth: phone.auth } };

  beforeAll(async () => {
    sql = await database.open();
    db = new PrismaClient({ adapter: database.prismaAdapter(sql) });
    const make = (email: string) => db.user.create({ data: { email, name: email, role: "SALES" } });
    kari = staff((await make("kari@reise.test")).id, "kari@reise.test");
    ola = staff((await make("ola@reise.test")).id, "ola@reise.test");
  });
  afterAll(async () => {
    await db?.$disconnect();
    await sql?.close();
  });
  beforeEach(async () => {
    signedIn = null;
    await db.pushSubscription.deleteMany();
    await db.job.deleteMany();
  });

  it("turns push on and off for this device, for the signed-in user, with an audit entry", async () => {
    await expect(subscribePushAction({ subscription })).rejects.toThrow("NEXT_REDIRECT");
    signedIn = kari;
    expect(await pushDeviceStatusAction({ endpoint })).toEqual({ ok: true, on: false });
    expect(await subscribePushAction({ subscription })).toEqual({ ok: true, on: true });
    expect(await subscribePushAction({ subscription })).toEqual({ ok: true, on: true }); // again: still one row
    expect(await db.pushSubscription.findMany()).toEqual([
      expect.objectContaining({ userId: kari.userId, endpoint, userAgent: "Chrome on Android", failureCount: 0 }),
    ]);
    expect(await pushDeviceStatusAction({ endpoint })).toEqual({ ok: true, on: true });
    expect(await unsubscribePushAction({ endpoint })).toEqual({ ok: true, on: false });
    expect(await db.pushSubscription.count()).toBe(0);
    const audit = await db.auditLog.findMany({ where: { entityId: kari.userId }, orderBy: { createdAt: "asc" } });
    expect(audit.map((a) => a.action)).toEqual(["user.push_enabled", "user.push_disabled"]);
  });

  it("never lets one user see, remove, test or hijack another's subscription", async () => {
    signedIn = kari;
    await subscribePushAction({ subscription });
    signedIn = ola;
    expect(await pushDeviceStatusAction({ endpoint })).toEqual({ ok: true, on: false });
    expect(await unsubscribePushAction({ endpoint })).toEqual({ ok: true, on: false });
    expect(await sendTestPushAction({ endpoint })).toEqual({ ok: false, on: false, message: "errors.notOn" });
    const other = browserKeys();
    expect(
      await subscribePushAction({
        subscription: { ...subscription, keys: { p256dh: other.p256dh, auth: other.auth } },
      }),
    ).toEqual({ ok: false, message: "errors.taken" });
    expect(await db.pushSubscription.findUniqueOrThrow({ where: { endpoint } })).toMatchObject({
      userId: kari.userId,
      p256dh: phone.p256dh,
    });
    expect(await db.job.count()).toBe(0);

    // The same browser's own keys: the device changed hands (a shared phone), and it is Ola's now.
    expect(await subscribePushAction({ subscription })).toEqual({ ok: true, on: true });
    expect(await db.pushSubscription.findUniqueOrThrow({ where: { endpoint } })).toMatchObject({ userId: ola.userId });
  });

  it("sends a test to this device once a minute, however often it is pressed", async () => {
    signedIn = kari;
    await subscribePushAction({ subscription });
    expect(await sendTestPushAction({ endpoint })).toEqual({ ok: true, on: true, message: "test.sent" });
    expect(await sendTestPushAction({ endpoint })).toMatchObject({ ok: true });
    const jobs = await db.job.findMany();
    expect(jobs).toHaveLength(1);
    expect(jobs[0]).toMatchObject({
      kind: "push.send",
      payload: expect.objectContaining({ userId: kari.userId, url: "/account" }),
    });
  });

  it("refuses a subscription the server must not post to, with a message", async () => {
    signedIn = kari;
    for (const bad of [
      { ...subscription, endpoint: "https://10.0.0.7/push" },
      { ...subscription, endpoint: "http://push.example.com/x" },
      { ...subscription, keys: { p256dh: "short", auth: phone.auth } },
      { endpoint },
    ])
      expect(await subscribePushAction({ subscription: bad } as never)).toEqual({
        ok: false,
        message: "errors.invalid",
      });
    expect(await db.pushSubscription.count()).toBe(0);
  });

  it("allows plain http to this machine only outside production, or in a test build", () => {
    expect(allowLocalPushHttp({ NODE_ENV: "production" })).toBe(false);
    expect(allowLocalPushHttp({ NODE_ENV: "production", REISE_TEST_BUILD: "1" })).toBe(true);
    expect(allowLocalPushHttp({ NODE_ENV: "development" })).toBe(true);
  });
});
