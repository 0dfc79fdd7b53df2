import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import webpush from "web-push";
import { testDatabases } from "@/test/worlds/databases";
import { handClock, openJobWorld, type JobWorld } from "@/test/jobs/job-world";
import { browserKeys, startFakePushService, verifyVapid } from "@/test/push/fake-push-service";
import { JobRunner } from "@/server/jobs/runner";
import { enqueuePush, pushSendJob } from "./send-job";
import { PUSH_TTL_SECONDS } from "./deliver";

// The push.send job against a push service on 127.0.0.1: what it sends must be what a push
// service accepts (a VAPID signature that verifies with our public key) and what the browser
// can read (the payload decrypts with the subscription's private key); a subscription the
// service says is gone is deleted; a service error is tried again later.

const T0 = new Date("2026-12-01T09:00:00.000Z");
const vapid = webpush.generateVAPIDKeys();
const message = { title: "Kari is waiting", body: "New lead from the web form", url: "/leads/42", tag: "lead-42" };

describe.each(testDatabases)("push.send on $name", (database) => {
  let world: JobWorld;
  let service: Awaited<ReturnType<typeof startFakePushService>>;
  let userId: string;
  const clock = handClock(T0);
  const runner = () =>
    new JobRunner({ sql: world.sql, prisma: world.prisma, jobs: [pushSendJob], clock: clock.now, log: () => {} });
  const saved = { ...process.env };

  async function subscribe(path: string) {
    const keys = browserKeys();
    const row = await world.prisma.pushSubscription.create({
      data: { userId, endpoint: service.endpoint(path), p256dh: keys.p256dh, auth: keys.auth },
    });
    return { ...keys, id: row.id };
  }

  beforeAll(async () => {
    world = await openJobWorld(database);
    service = await startFakePushService();
    userId = (
      await world.prisma.user.create({ data: { email: "kari@reise.test", name: "Kari Nordmann", role: "SALES" } })
    ).id;
    Object.assign(process.env, {
      REISE_VAPID_PUBLIC_KEY: vapid.publicKey,
      REISE_VAPID_PRIVATE_KEY: vapid.privateKey,
      REISE_VAPID_SUBJECT: "mailto:ops@reise.test",
    });
  });
  afterAll(async () => {
    process.env = saved;
    await service?.close();
    await world?.close();
  });
  beforeEach(() => clock.set(T0));
  afterEach(async () => {
    service.received.length = 0;
    await world.prisma.job.deleteMany();
    await world.prisma.pushSubscription.deleteMany();
  });

  it("sends a signed message the browser can decrypt, and notes the success", async () => {
    const device = await subscribe("/push/one");
    await enqueuePush(world.prisma, { userId, ...message, urgency: "high", runAt: T0, key: "notification-1" });
    expect(await runner().runDue()).toBe(1);

    expect(service.received).toHaveLength(1);
    const [request] = service.received;
    const claims = verifyVapid(request.headers.authorization, vapid.publicKey);
    expect(claims).toMatchObject({ aud: service.origin, sub: "mailto:ops@reise.test" });
    expect(claims.exp as number).toBeGreaterThan(Date.now() / 1000);
    expect(request.headers).toMatchObject({
      "content-encoding": "aes128gcm",
      ttl: String(PUSH_TTL_SECONDS),
      urgency: "high",
    });
    expect(request.headers.topic).toMatch(/^[\w-]{32}$/);
    expect(JSON.parse(device.decrypt(request.body))).toEqual(message);
    expect(await world.prisma.pushSubscription.findUniqueOrThrow({ where: { id: device.id } })).toMatchObject({
      lastSuccessAt: T0,
      failureCount: 0,
    });
    expect(await world.prisma.job.findFirstOrThrow()).toMatchObject({ state: "DONE" });
  });

  it("deletes a subscription the push service says is gone (410), and the job is done", async () => {
    const device = await subscribe("/push/gone");
    service.answer("/push/gone", 410);
    await enqueuePush(world.prisma, { userId, ...message, runAt: T0, key: "notification-2" });
    await runner().runDue();
    expect(service.received).toHaveLength(1);
    expect(await world.prisma.pushSubscription.findUnique({ where: { id: device.id } })).toBeNull();
    expect(await world.prisma.job.findFirstOrThrow()).toMatchObject({ state: "DONE" });
  });

  it("tries again later when the push service fails (500), and then delivers", async () => {
    const device = await subscribe("/push/flaky");
    service.answer("/push/flaky", 500);
    const job = await enqueuePush(world.prisma, { userId, ...message, runAt: T0, key: "notification-3" });
    await runner().runDue();
    expect(await world.prisma.job.findUniqueOrThrow({ where: { id: job!.id } })).toMatchObject({
      state: "PENDING",
      attempts: 1,
      runAt: new Date(T0.getTime() + 30_000),
      lastError: expect.stringContaining("500"),
    });
    expect(await world.prisma.pushSubscription.findUniqueOrThrow({ where: { id: device.id } })).toMatchObject({
      failureCount: 1,
      lastSuccessAt: null,
    });

    service.answer("/push/flaky", 201);
    clock.advance(30_000);
    expect(await runner().runDue()).toBe(1);
    expect(service.received).toHaveLength(2);
    expect(JSON.parse(device.decrypt(service.received[1].body))).toEqual(message);
    expect(await world.prisma.job.findUniqueOrThrow({ where: { id: job!.id } })).toMatchObject({ state: "DONE" });
    expect(await world.prisma.pushSubscription.findUniqueOrThrow({ where: { id: device.id } })).toMatchObject({
      failureCount: 0,
      lastSuccessAt: new Date(T0.getTime() + 30_000),
    });
  });

  it("gives each of several devices its own job, so a retry does not buzz the one that got it", async () => {
    const phone = await subscribe("/push/phone");
    const laptop = await subscribe("/push/laptop");
    service.answer("/push/phone", 503);
    await enqueuePush(world.prisma, { userId, ...message, runAt: T0, key: "notification-4" });
    expect(await runner().runDue()).toBe(3); // the message, then one job per device
    expect(service.received.map((r) => r.path).sort()).toEqual(["/push/laptop", "/push/phone"]);
    expect(JSON.parse(laptop.decrypt(service.received.find((r) => r.path === "/push/laptop")!.body))).toEqual(message);

    service.answer("/push/phone", 201);
    clock.advance(30_000);
    expect(await runner().runDue()).toBe(1);
    expect(service.received.map((r) => r.path)).toHaveLength(3);
    expect(service.received[2].path).toBe("/push/phone");
    expect(JSON.parse(phone.decrypt(service.received[2].body))).toEqual(message);
  });

  it("enqueues in the caller's transaction, once per key, and nothing for a user without push", async () => {
    expect(await enqueuePush(world.prisma, { userId, ...message, key: "no-device" })).toBeNull();
    await subscribe("/push/tx");
    await expect(
      world.prisma.$transaction(async (tx) => {
        await enqueuePush(tx, { userId, ...message, key: "rolled-back" });
        throw new Error("the notification was not written");
      }),
    ).rejects.toThrow("the notification was not written");
    expect(await world.prisma.job.count()).toBe(0);
    const first = await enqueuePush(world.prisma, { userId, ...message, runAt: T0, key: "notification-5" });
    const again = await enqueuePush(world.prisma, { userId, ...message, runAt: T0, key: "notification-5" });
    expect(again).toEqual({ id: first!.id, created: false });
    await expect(
      enqueuePush(world.prisma, { userId, ...message, url: "https://evil.example/", key: "bad-url" }),
    ).rejects.toThrow();
  });
});
