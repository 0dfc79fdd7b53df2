import crypto from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDatabases } from "@/test/worlds/databases";
import { openLeadWorld, type LeadWorld } from "@/test/worlds/lead-world";
import type { AppSession } from "@/server/auth/session";
import { parseDeliveryMoveSummary } from "@/lib/order-update-summary";
import { advanceMilestone, moveExpectedDate } from "./change-service";
import { buildOrderMail } from "./notify";
import { getMyOrderPage } from "./order-page";
import { makeCustomer, makeOrder } from "@/test/worlds/order-world";
import { askAboutOrder } from "./question-service";
import { replyToOrderQuestion } from "./reply-service";

// Tuesday 24 November 2026, 10:15 in Oslo: inside business hours.
const NOW = new Date("2026-11-24T09:15:00Z");

describe.each(testDatabases)("order services on $name", (database) => {
  let w: LeadWorld;
  let other: AppSession;
  beforeAll(async () => {
    w = await openLeadWorld(database);
    const theirs = await makeCustomer(w.db);
    const login = await w.db.user.create({
      data: { email: "customer2@t.test", name: "c2", role: "CUSTOMER", customerId: theirs.id },
      select: { id: true },
    });
    other = { ...w.customer, userId: login.id, email: "customer2@t.test", customerId: theirs.id };
  });
  afterAll(async () => w?.close());

  const ask = (orderId: string, key = crypto.randomUUID(), message = "Når kommer bilen?") => ({
    orderId,
    idempotencyKey: key,
    message,
  });

  it("credits a delivered order's points once, with the balance and a tier that only moves up", async () => {
    const c = await makeCustomer(w.db, { locale: "da" });
    const order = await makeOrder(w.db, c.id, { milestone: "IN_PRODUCTION", currency: "DKK" });
    await w.db.order.update({ where: { id: order.id }, data: { milestone: "READY_FOR_PICKUP" } });
    expect(
      await advanceMilestone(
        w.db,
        w.manager,
        { orderId: order.id, version: 0, milestone: "DELIVERED", reason: "" },
        NOW,
      ),
    ).toMatchObject({ ok: true });
    // 450 000 kr. at 1 point per 10 DKK.
    const entries = await w.db.loyaltyEntry.findMany({
      where: { customerId: c.id },
      select: { points: true, reason: true, orderId: true },
    });
    expect(entries).toEqual([{ points: 45_000, reason: `Point for ordre ${order.number}`, orderId: order.id }]);
    expect(
      await w.db.customer.findUniqueOrThrow({
        where: { id: c.id },
        select: { loyaltyPoints: true, loyaltyTier: true },
      }),
    ).toEqual({ loyaltyPoints: 45_000, loyaltyTier: "GOLD" });
  });

  it("files a question as an inbound touchpoint on the order and opens a lead with a running clock", async () => {
    const order = await makeOrder(w.db, w.customer.customerId!);
    const result = await askAboutOrder(w.db, w.customer, ask(order.id), NOW);
    expect(result).toMatchObject({ ok: true, replayed: false });
    const tp = await w.db.touchpoint.findFirstOrThrow({
      where: { orderId: order.id, kind: "ORDER_QUESTION" },
      include: { lead: true },
    });
    expect(tp).toMatchObject({
      direction: "INBOUND",
      channel: "WEB",
      owner: "CUSTOMER",
      summary: "Når kommer bilen?",
      occurredAt: NOW,
    });
    expect(tp.lead).toMatchObject({ stage: "NEW", waitingSince: NOW, category: "CAR" });
    expect(tp.lead!.slaDueAt!.getTime()).toBeGreaterThan(NOW.getTime());
    // Round-robin gave the unassigned customer a rep.
    expect([w.sales.userId, w.sales2.userId]).toContain(tp.lead!.ownerId);
  });

  it("keeps one question when the same form is sent twice, one after the other or at once", async () => {
    const order = await makeOrder(w.db, w.customer.customerId!);
    const input = ask(order.id);
    const first = await askAboutOrder(w.db, w.customer, input, NOW);
    const again = await askAboutOrder(w.db, w.customer, input, NOW);
    expect(again).toMatchObject({ ok: true, replayed: true, touchpointId: first.ok ? first.touchpointId : "" });
    const twin = ask(order.id);
    await Promise.all([askAboutOrder(w.db, w.customer, twin, NOW), askAboutOrder(w.db, w.customer, twin, NOW)]);
    expect(await w.db.touchpoint.count({ where: { orderId: order.id, kind: "ORDER_QUESTION" } })).toBe(2);
  });

  it("refuses a question on another customer's order and from staff, writing nothing", async () => {
    const order = await makeOrder(w.db, w.customer.customerId!);
    expect(await askAboutOrder(w.db, other, ask(order.id), NOW)).toEqual({ ok: false, reason: "not_found" });
    expect(await askAboutOrder(w.db, w.sales, ask(order.id), NOW)).toEqual({ ok: false, reason: "not_found" });
    expect(await w.db.touchpoint.count({ where: { orderId: order.id } })).toBe(0);
  });

  it("shows a customer only their own order, without staff-only fields", async () => {
    const order = await makeOrder(w.db, w.customer.customerId!);
    expect(await getMyOrderPage(w.db, other, order.id, "nb")).toBeNull();
    expect(await getMyOrderPage(w.db, w.sales, order.id, "nb")).toBeNull();
    expect(await getMyOrderPage(w.db, w.customer, "not-a-uuid", "nb")).toBeNull();
    expect(await getMyOrderPage(w.db, w.customer, crypto.randomUUID(), "nb")).toBeNull();
    const page = await getMyOrderPage(w.db, w.customer, order.id, "nb");
    expect(page).toMatchObject({ id: order.id, milestone: "IN_PRODUCTION", loyalty: { orderPoints: 30_000 } });
    const json = JSON.stringify(page);
    expect(json).not.toContain("SECRET-NOTE");
    expect(json).not.toContain("12345678");
    expect(json).not.toMatch(/internalNote|marginMinor/);
  });

  it("picks the content for the order's category, milestone and the reader's language", async () => {
    const order = await makeOrder(w.db, w.customer.customerId!);
    await w.db.milestoneContent.createMany({
      data: [
        { category: "CAR", milestone: "IN_PRODUCTION", locale: "da", title: "Ladeboks", body: "Få en elektriker." },
        { category: "CAR", milestone: "IN_PRODUCTION", locale: "nb", title: "Hjemmelader", body: "Få en elektriker." },
        { category: "CAR", milestone: "SHIPPED", locale: "da", title: "Snart", body: "…" },
      ],
    });
    const page = await getMyOrderPage(w.db, w.customer, order.id, "da");
    expect(page!.content.map((c) => c.title)).toEqual(["Ladeboks"]);
  });

  it("advances a milestone with an event, a timeline entry, an audit row and a notice in the customer's language", async () => {
    const customer = await makeCustomer(w.db, { ownerId: w.sales.userId, locale: "da" });
    const order = await makeOrder(w.db, customer.id);
    const result = await advanceMilestone(
      w.db,
      w.sales,
      { orderId: order.id, version: 0, milestone: "SHIPPED", reason: "" },
      NOW,
    );
    expect(result).toMatchObject({
      ok: true,
      version: 1,
      notice: { locale: "da", detail: { kind: "milestone", milestone: "SHIPPED" } },
    });
    expect(await w.db.order.findUniqueOrThrow({ where: { id: order.id } })).toMatchObject({
      milestone: "SHIPPED",
      version: 1,
    });
    expect(
      await w.db.orderEvent.count({ where: { orderId: order.id, milestone: "SHIPPED", actorId: w.sales.userId } }),
    ).toBe(1);
    expect(
      await w.db.touchpoint.count({ where: { orderId: order.id, kind: "ORDER_UPDATE", direction: "OUTBOUND" } }),
    ).toBe(1);
    expect(
      await w.db.auditLog.findMany({ where: { entityId: order.id }, select: { action: true, data: true } }),
    ).toEqual([{ action: "order.milestone_changed", data: { from: "IN_PRODUCTION", to: "SHIPPED" } }]);
    const mail = await buildOrderMail(result.ok ? result.notice! : (null as never), "http://x.test");
    expect(mail.subject).toBe(`Din ordre ${order.number}: Afsendt`);
    expect(mail.text).toContain("Hej Anne Sørensen");
    expect(mail.text).toContain(`http://x.test/orders/${order.id}`);
  });

  it("refuses a stale version, a step back, and staff outside their scope, writing nothing", async () => {
    const customer = await makeCustomer(w.db, { ownerId: w.sales.userId });
    const order = await makeOrder(w.db, customer.id);
    await advanceMilestone(w.db, w.manager, { orderId: order.id, version: 0, milestone: "SHIPPED", reason: "" }, NOW);
    const before = await w.db.orderEvent.count({ where: { orderId: order.id } });
    expect(
      await advanceMilestone(w.db, w.sales, { orderId: order.id, version: 0, milestone: "DELIVERED", reason: "" }, NOW),
    ).toEqual({ ok: false, reason: "conflict" });
    expect(
      await advanceMilestone(w.db, w.sales, { orderId: order.id, version: 1, milestone: "CONFIRMED", reason: "" }, NOW),
    ).toEqual({ ok: false, reason: "not_allowed" });
    expect(
      await advanceMilestone(
        w.db,
        w.sales2,
        { orderId: order.id, version: 1, milestone: "DELIVERED", reason: "" },
        NOW,
      ),
    ).toEqual({ ok: false, reason: "not_found" });
    expect(
      await advanceMilestone(
        w.db,
        w.customer,
        { orderId: order.id, version: 1, milestone: "DELIVERED", reason: "" },
        NOW,
      ),
    ).toEqual({ ok: false, reason: "not_found" });
    expect(await w.db.orderEvent.count({ where: { orderId: order.id } })).toBe(before);
    expect(await w.db.order.findUniqueOrThrow({ where: { id: order.id } })).toMatchObject({
      milestone: "SHIPPED",
      version: 1,
    });
  });

  it("moves the expected date with its reason, which the customer's page shows as history", async () => {
    const order = await makeOrder(w.db, w.customer.customerId!);
    const to = new Date("2026-12-19T11:00:00Z");
    const result = await moveExpectedDate(
      w.db,
      w.manager,
      { orderId: order.id, version: 0, date: to, reason: "Forsinkelse på fabrikken" },
      NOW,
    );
    expect(result).toMatchObject({
      ok: true,
      notice: { detail: { kind: "date", reason: "Forsinkelse på fabrikken" } },
    });
    expect(
      await moveExpectedDate(w.db, w.manager, { orderId: order.id, version: 1, date: to, reason: "igjen" }, NOW),
    ).toEqual({ ok: false, reason: "unchanged" });
    const page = await getMyOrderPage(w.db, w.customer, order.id, "nb");
    expect(page!.expectedDeliveryAt).toEqual(to);
    expect(page!.dateMoves).toEqual([
      { at: NOW, from: new Date("2026-12-12T11:00:00Z"), to, reason: "Forsinkelse på fabrikken" },
    ]);
    const mail = await buildOrderMail(result.ok ? result.notice! : (null as never), "http://x.test");
    expect(mail.text).toContain("fra 12. desember 2026 til 19. desember 2026");
    // The timeline line staff read is worded for each reader from its parts (lib/order-update-summary.ts).
    const entry = await w.db.touchpoint.findFirstOrThrow({
      where: { orderId: order.id, kind: "ORDER_UPDATE" },
      select: { summary: true },
    });
    expect(parseDeliveryMoveSummary(entry.summary)).toEqual({
      number: order.number,
      from: "2026-12-12",
      to: "2026-12-19",
      reason: "Forsinkelse på fabrikken",
    });
  });

  it("files a staff answer on the question's lead and the order: the clock stops and the customer sees it", async () => {
    const order = await makeOrder(w.db, w.customer.customerId!);
    const asked = await askAboutOrder(w.db, w.customer, ask(order.id, undefined, "Kan jeg hente tidligere?"), NOW);
    const leadId = asked.ok ? asked.leadId! : "";
    const lead = await w.db.lead.findUniqueOrThrow({ where: { id: leadId } });
    const later = new Date(NOW.getTime() + 20 * 60_000);
    const key = crypto.randomUUID();
    const reply = {
      orderId: order.id,
      leadId,
      leadVersion: lead.version,
      idempotencyKey: key,
      message: "Ja, fra fredag.",
    };
    expect(await replyToOrderQuestion(w.db, w.manager, reply, later)).toMatchObject({
      ok: true,
      replayed: false,
      notice: { detail: { kind: "reply" } },
    });
    expect(await replyToOrderQuestion(w.db, w.manager, reply, later)).toMatchObject({
      ok: true,
      replayed: true,
      notice: null,
    });
    expect(await w.db.lead.findUniqueOrThrow({ where: { id: leadId } })).toMatchObject({
      waitingSince: null,
      slaDueAt: null,
      firstResponseAt: later,
    });
    const page = await getMyOrderPage(w.db, w.customer, order.id, "nb");
    expect(page!.thread.map((m) => [m.from, m.text])).toContainEqual(["staff", "Ja, fra fredag."]);
    expect(page!.thread.at(-1)).toMatchObject({ from: "staff" });
    // Another customer's lead cannot carry an answer about this order.
    const foreign = await askAboutOrder(w.db, other, ask((await makeOrder(w.db, other.customerId!)).id), NOW);
    expect(
      await replyToOrderQuestion(
        w.db,
        w.manager,
        { ...reply, leadId: foreign.ok ? foreign.leadId! : "", idempotencyKey: crypto.randomUUID() },
        later,
      ),
    ).toEqual({ ok: false, reason: "not_found" });
  });
});
