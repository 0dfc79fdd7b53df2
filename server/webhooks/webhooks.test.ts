import crypto from "node:crypto";
import { Webhook } from "standardwebhooks";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { FollowUpInput } from "@/lib/validation/follow-up";
import { WEBHOOK_ENDPOINTS_MAX, type WebhookEventType } from "@/lib/webhooks/events";
import { eraseCustomer } from "@/server/customers/gdpr-erase";
import { JobRunner } from "@/server/jobs/runner";
import { logFollowUp } from "@/server/leads/follow-up-service";
import { handClock } from "@/test/jobs/job-world";
import { startFakeReceiver, type FakeReceiver } from "@/test/webhooks/fake-receiver";
import { testDatabases } from "@/test/worlds/databases";
import { makeLead, openLeadWorld, type LeadWorld } from "@/test/worlds/lead-world";
import { deliverWebhook, webhookDeliverJob } from "./deliver-job";
import { emitWebhookEvent } from "./emit";
import {
  createWebhookEndpoint,
  deleteWebhookEndpoint,
  rotateWebhookSecret,
  sendWebhookTestEvent,
  setWebhookEnabled,
} from "./endpoints";
import { listWebhookDeliveries } from "./queries";
import { replayWebhookDelivery } from "./replay";
import { SWITCH_OFF_AFTER } from "./switch-off";

// Outbound webhooks end to end on the database: a change writes its deliveries in its own
// transaction, the job runner sends them signed to a receiver on 127.0.0.1 that verifies them with
// the standardwebhooks library, a failing receiver is retried with backoff and then switched off
// with the managers told, a delivery is never sent twice after a restart, and an erased customer's
// events are not sent again.

process.env.REISE_WEBHOOKS_ALLOW_LOOPBACK = "1";
// Tuesday 24 November 2026, 10:15 in Oslo.
const NOW = new Date("2026-11-24T09:15:00Z");
const TOMORROW = new Date("2026-11-25T09:00:00Z");

function stageMove(leadId: string, version: number, stage: FollowUpInput["stage"]): FollowUpInput {
  return {
    leadId,
    version,
    idempotencyKey: crypto.randomUUID(),
    type: "CALL",
    outcome: "REACHED",
    note: "Kari wants it before Christmas",
    nextFollowUpAt: TOMORROW,
    stage,
    lostReason: stage === "LOST" ? "Bought elsewhere" : null,
  };
}

describe.each(testDatabases)("outbound webhooks on $name", (database) => {
  let w: LeadWorld;
  let receiver: FakeReceiver;
  const clock = handClock(NOW);
  const runDue = () =>
    new JobRunner({ sql: w.sql, prisma: w.db, jobs: [webhookDeliverJob], clock: clock.now, log: () => {} }).runDue();

  async function endpoint(events: WebhookEventType[], url = receiver.url) {
    const result = await createWebhookEndpoint(w.db, w.manager, { url, description: "DMS", events }, NOW);
    if (!result.ok) throw new Error(result.code);
    const { secret } = await w.db.webhookEndpoint.findUniqueOrThrow({ where: { id: result.id } });
    receiver.setSecret(secret);
    return { id: result.id, secret };
  }
  const deliveriesOf = (endpointId: string) =>
    w.db.webhookDelivery.findMany({ where: { endpointId }, orderBy: [{ createdAt: "asc" }, { eventType: "asc" }] });

  beforeAll(async () => {
    [w, receiver] = await Promise.all([openLeadWorld(database), startFakeReceiver()]);
  });
  afterAll(async () => {
    await Promise.all([w?.close(), receiver?.close()]);
  });
  beforeEach(async () => {
    await w.db.webhookEndpoint.deleteMany();
    await w.db.job.deleteMany({ where: { kind: "webhook.deliver" } });
    receiver.received.length = 0;
    receiver.answerWith(204);
    clock.set(NOW);
  });

  it("writes one delivery per switched-on endpoint subscribed to the event, inside the change's transaction, with ids and codes only", async () => {
    const wanted = await endpoint(["lead.stage_changed", "lead.won"]);
    const other = await endpoint(["customer.created"]);
    const off = await endpoint(["lead.stage_changed"]);
    await setWebhookEnabled(w.db, w.manager, { id: off.id, enabled: false }, NOW);
    const lead = await makeLead(w.db, { ownerId: w.sales.userId, now: NOW });

    expect(await logFollowUp(w.db, w.sales, stageMove(lead.id, 0, "WON"), NOW)).toMatchObject({ ok: true });

    const rows = await deliveriesOf(wanted.id);
    expect(rows.map((r) => [r.eventType, r.state, r.customerId])).toEqual([
      ["lead.stage_changed", "QUEUED", lead.customerId],
      ["lead.won", "QUEUED", lead.customerId],
    ]);
    expect(new Set(rows.map((r) => r.eventId)).size).toBe(2);
    expect(rows[0].payload).toEqual({
      type: "lead.stage_changed",
      timestamp: NOW.toISOString(),
      data: {
        lead: {
          id: lead.id,
          customerId: lead.customerId,
          teamId: null,
          ownerId: w.sales.userId,
          campaignId: null,
          stage: "WON",
          category: "CAR",
          channel: "CHAT",
          createdAt: expect.any(String),
          closedAt: NOW.toISOString(),
        },
        from: "NEW",
        to: "WON",
      },
    });
    // Nothing a person typed or is called: no name, address, phone number or note.
    const bodies = JSON.stringify(rows.map((r) => r.payload));
    for (const personal of ["Kari", "kari@eksempel.no", "+4790000000", "Christmas", "Elbil"])
      expect(bodies).not.toContain(personal);
    expect(await deliveriesOf(other.id)).toEqual([]);
    expect(await deliveriesOf(off.id)).toEqual([]);
    const jobs = await w.db.job.findMany({ where: { kind: "webhook.deliver" } });
    expect(jobs.map((j) => j.key).sort()).toEqual(rows.map((r) => r.id).sort());

    // A change that rolls back sends nothing.
    await expect(
      w.db.$transaction(async (tx) => {
        await emitWebhookEvent(tx, { type: "lead.won", data: { leadId: lead.id }, occurredAt: NOW });
        throw new Error("rolled back");
      }),
    ).rejects.toThrow("rolled back");
    expect(await w.db.webhookDelivery.count({ where: { endpointId: wanted.id } })).toBe(2);
  });

  it("delivers through the job runner, signed so the library's verifier accepts it, and logs the answer", async () => {
    const { id } = await endpoint(["lead.stage_changed", "lead.lost", "touchpoint.created"]);
    const lead = await makeLead(w.db, { ownerId: w.sales.userId, now: NOW });
    await logFollowUp(w.db, w.sales, stageMove(lead.id, 0, "LOST"), NOW);

    expect(await runDue()).toBe(3);
    expect(receiver.received.map((r) => r.error)).toEqual([null, null, null]);
    expect(receiver.received.map((r) => r.payload!.type).sort()).toEqual([
      "lead.lost",
      "lead.stage_changed",
      "touchpoint.created",
    ]);
    const rows = await deliveriesOf(id);
    for (const row of rows) {
      expect(row).toMatchObject({
        state: "DELIVERED",
        attempts: 1,
        lastStatus: 204,
        lastError: null,
        deliveredAt: NOW,
      });
      expect(row.responseMs).toBeGreaterThanOrEqual(0);
      // The webhook-id is the event's id: the same on every try and on a replay.
      expect(receiver.received.some((r) => r.headers["webhook-id"] === row.eventId)).toBe(true);
    }
    const touchpoint = receiver.received.find((r) => r.payload!.type === "touchpoint.created")!.payload!;
    expect(touchpoint.data).toEqual({
      touchpoint: {
        id: expect.any(String),
        customerId: lead.customerId,
        leadId: lead.id,
        orderId: null,
        channel: "PHONE",
        kind: "CALL",
        direction: "OUTBOUND",
        occurredAt: NOW.toISOString(),
      },
    });

    const page1 = await listWebhookDeliveries(w.db, w.manager, { endpointId: id, pageSize: 2 });
    expect(page1.rows).toHaveLength(2);
    const page2 = await listWebhookDeliveries(w.db, w.manager, {
      endpointId: id,
      pageSize: 2,
      cursor: page1.nextCursor!,
    });
    expect(page2).toMatchObject({ nextCursor: null });
    expect(new Set([...page1.rows, ...page2.rows].map((r) => r.id)).size).toBe(3);
  });

  it("sends a delivery once when its job runs twice after a restart, and never again after a try that died mid-send", async () => {
    const { id } = await endpoint(["lead.won"]);
    const lead = await makeLead(w.db, { ownerId: w.sales.userId, now: NOW });
    await w.db.$transaction((tx) =>
      emitWebhookEvent(tx, { type: "lead.won", data: { leadId: lead.id }, occurredAt: NOW }),
    );
    const [delivery] = await deliveriesOf(id);
    await deliverWebhook(w.db, delivery.id, NOW, 1);
    await deliverWebhook(w.db, delivery.id, NOW, 2);
    expect(receiver.received).toHaveLength(1);
    expect(await w.db.webhookDelivery.findUniqueOrThrow({ where: { id: delivery.id } })).toMatchObject({
      state: "DELIVERED",
      attempts: 1,
    });

    // A worker claimed the next one and died before it could write the answer down.
    await w.db.$transaction((tx) =>
      emitWebhookEvent(tx, { type: "lead.won", data: { leadId: lead.id }, occurredAt: NOW }),
    );
    const interrupted = (await deliveriesOf(id)).find((d) => d.state === "QUEUED")!;
    await w.db.webhookDelivery.update({ where: { id: interrupted.id }, data: { state: "SENDING", attempts: 1 } });
    await deliverWebhook(w.db, interrupted.id, NOW, 2);
    expect(receiver.received).toHaveLength(1);
    expect(await w.db.webhookDelivery.findUniqueOrThrow({ where: { id: interrupted.id } })).toMatchObject({
      state: "FAILED",
      lastError: "interrupted while sending",
    });

    // The same during the last try, found by the runner when the dead worker's lease runs out: the
    // row is settled, not left "sending" for ever, and nothing is sent.
    await w.db.$transaction((tx) =>
      emitWebhookEvent(tx, { type: "lead.won", data: { leadId: lead.id }, occurredAt: NOW }),
    );
    const last = (await deliveriesOf(id)).find((d) => d.state === "QUEUED")!;
    await w.db.webhookDelivery.update({ where: { id: last.id }, data: { state: "SENDING", attempts: 6 } });
    await w.db.job.updateMany({
      where: { kind: "webhook.deliver", key: last.id },
      data: { state: "RUNNING", attempts: 6, runAt: new Date(NOW.getTime() - 1_000) },
    });
    await runDue(); // the earlier two's jobs too, which find them settled
    expect(receiver.received).toHaveLength(1);
    expect(await w.db.job.findFirst({ where: { key: last.id } })).toMatchObject({ state: "DONE", attempts: 7 });
    expect(await w.db.webhookDelivery.findUniqueOrThrow({ where: { id: last.id } })).toMatchObject({
      state: "FAILED",
      lastError: "interrupted while sending",
    });
  });

  it("retries a failing endpoint with backoff, then switches it off and tells the managers", async () => {
    const { id } = await endpoint(["lead.stage_changed"]);
    receiver.answerWith(500);
    const lead = await makeLead(w.db, { ownerId: w.sales.userId, now: NOW });
    for (let i = 0; i < SWITCH_OFF_AFTER; i++) {
      await w.db.$transaction((tx) =>
        emitWebhookEvent(tx, { type: "lead.stage_changed", data: { leadId: lead.id }, occurredAt: NOW }),
      );
    }
    expect(await runDue()).toBe(SWITCH_OFF_AFTER);
    const first = await deliveriesOf(id);
    expect(first.map((d) => [d.state, d.attempts, d.lastStatus])).toEqual(
      Array(SWITCH_OFF_AFTER).fill(["QUEUED", 1, 500]),
    );
    expect(first[0].nextAttemptAt).toEqual(new Date(NOW.getTime() + 60_000));
    // Not before the backoff is over.
    clock.advance(30_000);
    expect(await runDue()).toBe(0);

    for (const wait of [30_000, 5 * 60_000, 30 * 60_000, 2 * 3_600_000, 6 * 3_600_000]) {
      clock.advance(wait + 1_000);
      expect(await runDue()).toBe(SWITCH_OFF_AFTER);
    }
    expect(receiver.received).toHaveLength(6 * SWITCH_OFF_AFTER);
    expect((await deliveriesOf(id)).map((d) => [d.state, d.attempts])).toEqual(
      Array(SWITCH_OFF_AFTER).fill(["FAILED", 6]),
    );
    expect(await w.db.webhookEndpoint.findUniqueOrThrow({ where: { id } })).toMatchObject({
      enabled: false,
      disabledReason: "failing",
      disabledAt: clock.now(),
      consecutiveFailures: SWITCH_OFF_AFTER,
    });
    const told = await w.db.notification.findMany({ where: { kind: "WEBHOOK_DISABLED" } });
    expect(told).toMatchObject([
      { userId: w.manager.userId, leadId: null, data: { endpointId: id, host: new URL(receiver.url).host } },
    ]);
    expect(await w.db.auditLog.count({ where: { action: "webhook.disabled", entityId: id, actorId: null } })).toBe(1);

    // Switched off, it gets no new events; switched on again, it starts counting afresh.
    await w.db.$transaction((tx) =>
      emitWebhookEvent(tx, { type: "lead.stage_changed", data: { leadId: lead.id }, occurredAt: NOW }),
    );
    expect(await w.db.webhookDelivery.count({ where: { endpointId: id } })).toBe(SWITCH_OFF_AFTER);
    await setWebhookEnabled(w.db, w.manager, { id, enabled: true }, NOW);
    expect(await w.db.webhookEndpoint.findUniqueOrThrow({ where: { id } })).toMatchObject({
      enabled: true,
      consecutiveFailures: 0,
      disabledReason: null,
    });
  });

  it("replays a delivery with the same event id, but sends nothing of an erased customer again", async () => {
    const { id } = await endpoint(["lead.stage_changed", "lead.lost", "customer.erased"]);
    const lead = await makeLead(w.db, { ownerId: w.sales.userId, now: NOW });
    await logFollowUp(w.db, w.sales, stageMove(lead.id, 0, "CONTACTED"), NOW);
    await runDue();
    const [moved] = await deliveriesOf(id);
    expect(moved.state).toBe("DELIVERED");

    const replay = await replayWebhookDelivery(w.db, w.manager, { deliveryId: moved.id }, NOW);
    expect(replay).toMatchObject({ ok: true });
    await runDue();
    const again = await w.db.webhookDelivery.findUniqueOrThrow({
      where: { id: (replay as { deliveryId: string }).deliveryId },
    });
    expect(again).toMatchObject({
      state: "DELIVERED",
      eventId: moved.eventId,
      replayOfId: moved.id,
      payload: moved.payload,
    });
    expect(receiver.received.map((r) => r.headers["webhook-id"])).toEqual([moved.eventId, moved.eventId]);

    // A delivery still waiting when the customer is erased is not sent.
    await w.db.$transaction((tx) =>
      emitWebhookEvent(tx, { type: "lead.stage_changed", data: { leadId: lead.id }, occurredAt: NOW }),
    );
    const { name } = await w.db.customer.findUniqueOrThrow({ where: { id: lead.customerId } });
    expect(await eraseCustomer(w.db, w.manager, { customerId: lead.customerId, confirmName: name }, NOW)).toMatchObject(
      {
        ok: true,
      },
    );
    await runDue();
    const after = await deliveriesOf(id);
    expect(after.filter((d) => d.state === "SKIPPED").map((d) => [d.eventType, d.lastError])).toEqual([
      ["lead.stage_changed", "customer erased"],
    ]);
    // The erasure is told (ids only); the leads it closes are not told as lost one by one.
    const erased = after.find((d) => d.eventType === "customer.erased")!;
    expect(erased).toMatchObject({ state: "DELIVERED" });
    expect(erased.payload).toEqual({
      type: "customer.erased",
      timestamp: NOW.toISOString(),
      data: { customer: { id: lead.customerId, erasedAt: NOW.toISOString() } },
    });
    expect(after.some((d) => d.eventType === "lead.lost")).toBe(false);

    const sent = receiver.received.length;
    expect(await replayWebhookDelivery(w.db, w.manager, { deliveryId: moved.id }, NOW)).toEqual({
      ok: false,
      code: "erased",
    });
    expect(await replayWebhookDelivery(w.db, w.manager, { deliveryId: erased.id }, NOW)).toMatchObject({ ok: true });
    await runDue();
    expect(receiver.received.slice(sent).map((r) => r.payload!.type)).toEqual(["customer.erased"]);
  });

  it("sends a test event to one endpoint, also while it is off, and signs with both secrets for a day after a rotation", async () => {
    const { id, secret: oldSecret } = await endpoint(["lead.won"]);
    // The overlap is measured on the clock deliveries are signed by: the wall clock.
    expect(await rotateWebhookSecret(w.db, w.manager, { id }, new Date())).toEqual({ ok: true, id });
    const rotated = await w.db.webhookEndpoint.findUniqueOrThrow({ where: { id } });
    expect(rotated.secret).not.toBe(oldSecret);
    expect(rotated.previousSecret).toBe(oldSecret);

    const test = await sendWebhookTestEvent(w.db, w.manager, { id }, NOW);
    expect(test).toMatchObject({ ok: true });
    await runDue();
    const [got] = receiver.received;
    expect(got.error).toBeNull(); // the receiver still holds the old secret
    expect(new Webhook(rotated.secret).verify(got.body, got.headers)).toEqual({
      type: "webhook.test",
      timestamp: NOW.toISOString(),
      data: { endpointId: id },
    });

    await setWebhookEnabled(w.db, w.manager, { id, enabled: false }, NOW);
    receiver.answerWith(500);
    const failing = await sendWebhookTestEvent(w.db, w.manager, { id }, NOW);
    await deliverWebhook(w.db, (failing as { id: string }).id, NOW, 6);
    expect(receiver.received).toHaveLength(2);
    // A failed test says the receiver is not ready; it does not count towards switching it off.
    expect(await w.db.webhookEndpoint.findUniqueOrThrow({ where: { id } })).toMatchObject({ consecutiveFailures: 0 });
    expect((await w.db.auditLog.findMany({ where: { entityId: id } })).map((a) => a.action).sort()).toEqual([
      "webhook.created",
      "webhook.disabled",
      "webhook.secret_rotated",
    ]);

    expect(await deleteWebhookEndpoint(w.db, w.manager, { id })).toEqual({ ok: true, id });
    expect(await w.db.webhookDelivery.count({ where: { endpointId: id } })).toBe(0);
    expect(await w.db.auditLog.count({ where: { entityId: id, action: "webhook.deleted" } })).toBe(1);
  });

  it("is for managers only, refuses private addresses, and caps the endpoints", async () => {
    const input = { url: receiver.url, description: "", events: ["lead.won" as const] };
    await expect(createWebhookEndpoint(w.db, w.sales, input, NOW)).rejects.toThrow("managers only");
    await expect(listWebhookDeliveries(w.db, w.sales, { endpointId: crypto.randomUUID() })).rejects.toThrow(
      "managers only",
    );
    for (const url of ["https://10.0.0.5/hook", "https://169.254.169.254/", "http://hooks.example.com/"]) {
      expect(await createWebhookEndpoint(w.db, w.manager, { ...input, url }, NOW)).toMatchObject({
        ok: false,
        field: "url",
      });
    }
    for (let i = 0; i < WEBHOOK_ENDPOINTS_MAX; i++)
      expect(await createWebhookEndpoint(w.db, w.manager, input, NOW)).toMatchObject({ ok: true });
    expect(await createWebhookEndpoint(w.db, w.manager, input, NOW)).toEqual({ ok: false, code: "tooMany" });
  });
});
