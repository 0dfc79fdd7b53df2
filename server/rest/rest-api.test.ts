import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { testDatabases } from "@/test/worlds/databases";
import { ALL_SCOPES, openRestWorld, type RestWorld } from "@/test/worlds/rest-world";
import * as customerRoute from "@/app/api/v1/customers/route";
import * as oneCustomerRoute from "@/app/api/v1/customers/[customerId]/route";
import * as leadsRoute from "@/app/api/v1/leads/route";
import * as oneLeadRoute from "@/app/api/v1/leads/[leadId]/route";
import * as followUpRoute from "@/app/api/v1/leads/[leadId]/follow-ups/route";
import * as ordersRoute from "@/app/api/v1/orders/route";
import * as ingestRoute from "@/app/api/touchpoints/route";

// What a key may do and reach through the REST API, on both engines: scopes (a read-only key cannot
// write), team reach (a team key cannot read another team's leads: 404, as for an id that does not
// exist, so a key learns nothing about what it may not see), idempotent writes, problem details for
// bad input, and the per-key rate limit the ingest API shares.

const db = vi.hoisted(() => ({ client: undefined as unknown }));
vi.mock("@/server/db", () => ({ getDb: async () => db.client }));

const NOW = new Date("2026-11-24T09:15:00Z");
type Handler = (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>;

function send(
  handler: Handler,
  secret: string | null,
  init: { url?: string; method?: string; body?: unknown; raw?: string; headers?: Record<string, string> } = {},
  params: Record<string, string> = {},
) {
  const text = init.raw ?? (init.body === undefined ? undefined : JSON.stringify(init.body));
  return handler(
    new Request(`http://reise.test${init.url ?? "/api/v1/x"}`, {
      method: init.method ?? (text === undefined ? "GET" : "POST"),
      headers: {
        ...(secret ? { Authorization: `Bearer ${secret}` } : {}),
        ...(text !== undefined ? { "Content-Type": "application/json" } : {}),
        ...init.headers,
      },
      body: text,
    }),
    { params: Promise.resolve(params) },
  );
}

describe.each(testDatabases)("the REST API on $name", (database) => {
  let w: RestWorld;
  const keys = {} as Record<"full" | "readOnly" | "legacy" | "car" | "build", string>;

  beforeAll(async () => {
    vi.useFakeTimers({ now: NOW, toFake: ["Date"] });
    w = await openRestWorld(database, NOW);
    db.client = w.db;
    keys.full = await w.key("ERP", ALL_SCOPES);
    keys.readOnly = await w.key("Reporting", ["customers:read", "leads:read", "orders:read", "touchpoints:read"]);
    keys.car = await w.key("Nordvik DMS", ALL_SCOPES, w.teams.car);
    keys.build = await w.key("Byggsenter kasse", ALL_SCOPES, w.teams.build);
    // A key as made before scopes: it sends signals and nothing else.
    const { createApiKey } = await import("@/server/api-keys/service");
    const legacy = await createApiKey(w.db, w.manager, { name: "Website chat" });
    if (!legacy.ok) throw new Error("legacy key");
    keys.legacy = legacy.secret;
  });
  afterAll(async () => {
    vi.useRealTimers();
    await w?.close();
  });

  describe("scopes", () => {
    it("a read-only key reads but cannot write, and its refused writes change nothing", async () => {
      expect((await send(customerRoute.GET, keys.readOnly)).status).toBe(200);
      const before = await w.db.customer.count();
      const create = await send(customerRoute.POST, keys.readOnly, { body: { name: "Eva Lund" } });
      expect(create.status).toBe(403);
      expect(await create.json()).toMatchObject({ status: 403, type: "/docs/api#problem-forbidden" });
      const move = await send(
        oneLeadRoute.PATCH,
        keys.readOnly,
        { method: "PATCH", body: { stage: "WON" } },
        { leadId: w.leads.carOpen },
      );
      expect(move.status).toBe(403);
      const follow = await send(
        followUpRoute.POST,
        keys.readOnly,
        { body: { type: "CALL", outcome: "REACHED" } },
        { leadId: w.leads.carOpen },
      );
      expect(follow.status).toBe(403);
      expect(await w.db.customer.count()).toBe(before);
      expect((await w.db.lead.findUniqueOrThrow({ where: { id: w.leads.carOpen } })).stage).toBe("NEW");
    });

    it("a key from before scopes still sends signals, and reads nothing", async () => {
      expect((await send(customerRoute.GET, keys.legacy)).status).toBe(403);
      const signal = { customer: { email: "ny@t.test" }, channel: "WEB", kind: "PAGE_VIEW" };
      expect((await send(ingestRoute.POST, keys.legacy, { body: signal })).status).toBe(201);
      // And a key made without touchpoints:write may not send them.
      const refused = await send(ingestRoute.POST, keys.readOnly, {
        body: { ...signal, customer: { email: "x@t.test" } },
      });
      expect(refused.status).toBe(403);
    });
  });

  describe("team reach", () => {
    it("a team key cannot read another team's leads or customers: 404, as if they did not exist", async () => {
      const lead = await send(oneLeadRoute.GET, keys.car, {}, { leadId: w.leads.buildOpen });
      expect(lead.status).toBe(404);
      expect(lead.headers.get("content-type")).toBe("application/problem+json");
      expect((await send(oneLeadRoute.GET, keys.build, {}, { leadId: w.leads.buildOpen })).status).toBe(200);
      expect((await send(oneCustomerRoute.GET, keys.car, {}, { customerId: w.customers.build })).status).toBe(404);
      const move = await send(
        oneLeadRoute.PATCH,
        keys.car,
        { method: "PATCH", body: { stage: "WON" } },
        { leadId: w.leads.buildOpen },
      );
      expect(move.status).toBe(404);
      expect((await w.db.lead.findUniqueOrThrow({ where: { id: w.leads.buildOpen } })).stage).toBe("NEW");
    });

    it("lists only what the key reaches: its team's waiting leads, not a rep's taken ones; a key without a team, all", async () => {
      const ids = async (secret: string, handler: Handler) =>
        ((await (await send(handler, secret)).json()).data as { id: string }[]).map((r) => r.id);
      expect(await ids(keys.car, leadsRoute.GET)).toEqual([w.leads.carOpen]);
      expect(await ids(keys.build, leadsRoute.GET)).toEqual([w.leads.buildOpen]);
      expect((await ids(keys.full, leadsRoute.GET)).sort()).toEqual(Object.values(w.leads).sort());
      expect(await ids(keys.car, customerRoute.GET)).toContain(w.customers.car);
      expect(await ids(keys.car, customerRoute.GET)).not.toContain(w.customers.build);
      expect(await ids(keys.build, ordersRoute.GET)).toEqual([]);
      expect(await ids(keys.car, ordersRoute.GET)).toEqual([w.orders.car]);
    });

    it("a team key's follow-up does not take the lead, and is recorded as the manager who made the key", async () => {
      const res = await send(
        followUpRoute.POST,
        keys.car,
        { body: { type: "CALL", outcome: "REACHED", note: "Ringte" } },
        { leadId: w.leads.carOpen },
      );
      expect(res.status).toBe(201);
      const { followUpId, lead } = await res.json();
      expect(lead).toMatchObject({ id: w.leads.carOpen, ownerId: null, firstResponseAt: NOW.toISOString() });
      expect((await w.db.followUp.findUniqueOrThrow({ where: { id: followUpId } })).authorId).toBe(w.manager.userId);
    });
  });

  describe("idempotency", () => {
    const create = (secret: string, idem: string, body: unknown) =>
      send(customerRoute.POST, secret, { body, headers: { "Idempotency-Key": idem } });

    it("a repeat gets the first answer and writes nothing more; the same key with another body is 422", async () => {
      const first = await create(keys.full, "order-77", { name: "Siri Dahl", email: "siri@t.test" });
      expect(first.status).toBe(201);
      const body = await first.json();
      const again = await create(keys.full, "order-77", { name: "Siri Dahl", email: "siri@t.test" });
      expect(again.status).toBe(201);
      expect(again.headers.get("idempotent-replayed")).toBe("true");
      expect(await again.json()).toEqual(body);
      expect(await w.db.customer.count({ where: { email: "siri@t.test" } })).toBe(1);

      const other = await create(keys.full, "order-77", { name: "Siri Dahl", email: "siri2@t.test" });
      expect(other.status).toBe(422);
      expect(await other.json()).toMatchObject({ type: "/docs/api#problem-idempotency_key_reused" });
      // Keys are per API key: another key's "order-77" is its own.
      const theirs = await create(keys.car, "order-77", { name: "Siri Dahl", email: "siri3@t.test" });
      expect(theirs.status).toBe(201);
    });

    it("two copies of one request at once write once", async () => {
      const body = { name: "Tor Berg", email: "tor@t.test" };
      const answers = await Promise.all([create(keys.full, "twin", body), create(keys.full, "twin", body)]);
      expect(answers.map((a) => a.status).sort()).toEqual(expect.arrayContaining([201]));
      for (const a of answers) expect([201, 409]).toContain(a.status);
      expect(await w.db.customer.count({ where: { email: "tor@t.test" } })).toBe(1);
    });

    it("a refused request's answer is kept too, and the next request with a new key succeeds", async () => {
      const clash = await create(keys.full, "clash-1", { name: "Kari Nordmann", email: "kari@t.test" });
      expect(clash.status).toBe(409);
      expect((await create(keys.full, "clash-1", { name: "Kari Nordmann", email: "kari@t.test" })).status).toBe(409);
    });
  });

  describe("problem details", () => {
    it("bad input is a 4xx problem with the fields that are wrong, never a 500", async () => {
      const expectProblem = async (res: Response, status: number, type: string) => {
        expect(res.status).toBe(status);
        expect(res.headers.get("content-type")).toBe("application/problem+json");
        const body = await res.json();
        expect(body).toMatchObject({ status, type: `/docs/api#problem-${type}`, title: expect.any(String) });
        return body;
      };
      await expectProblem(await send(customerRoute.POST, keys.full, { raw: "{ not json" }), 400, "invalid_json");
      const invalid = await expectProblem(
        await send(customerRoute.POST, keys.full, { body: { name: "", email: "nope", colour: "red" } }),
        400,
        "validation_failed",
      );
      expect(invalid.errors.map((e: { path: string }) => e.path)).toEqual(expect.arrayContaining(["name", "email"]));
      await expectProblem(
        await send(customerRoute.POST, keys.full, { raw: "{}", headers: { "Content-Type": "text/plain" } }),
        415,
        "unsupported_media_type",
      );
      await expectProblem(await send(oneCustomerRoute.GET, keys.full, {}, { customerId: "42" }), 404, "not_found");
      await expectProblem(
        await send(customerRoute.GET, keys.full, { url: "/api/v1/customers?limit=500" }),
        400,
        "validation_failed",
      );
      await expectProblem(
        await send(customerRoute.GET, keys.full, { url: "/api/v1/customers?cursor=bogus" }),
        400,
        "validation_failed",
      );
      await expectProblem(
        await send(
          oneLeadRoute.PATCH,
          keys.full,
          { method: "PATCH", body: { stage: "LOST" } },
          { leadId: w.leads.buildOpen },
        ),
        400,
        "validation_failed",
      );
      await expectProblem(
        await send(
          oneLeadRoute.PATCH,
          keys.full,
          { method: "PATCH", body: { stage: "QUALIFIED", version: 99 } },
          { leadId: w.leads.buildOpen },
        ),
        409,
        "conflict",
      );
      await expectProblem(await send(customerRoute.GET, "rk_live_unknown"), 401, "unauthorized");
    });

    it("pages by an opaque cursor, at most `limit` rows a page", async () => {
      const seen: string[] = [];
      let cursor: string | null = null;
      do {
        const url: string = `/api/v1/customers?limit=2${cursor ? `&cursor=${cursor}` : ""}`;
        const page = await (await send(customerRoute.GET, keys.full, { url })).json();
        expect(page.data.length).toBeLessThanOrEqual(2);
        seen.push(...page.data.map((c: { id: string }) => c.id));
        cursor = page.nextCursor;
      } while (cursor);
      expect(new Set(seen).size).toBe(seen.length);
      expect(seen.length).toBe(await w.db.customer.count({ where: { erasedAt: null } }));
    });
  });

  it("rate-limits per key across the REST and ingest APIs, with Retry-After", async () => {
    const key = await w.db.apiKey.findFirstOrThrow({ where: { name: "Reporting" } });
    // The bucket as another instance left it: the key's whole burst just spent.
    await w.db.rateLimitBucket.upsert({
      where: { key: `apiKey:${key.id}` },
      create: { key: `apiKey:${key.id}`, tat: new Date(NOW.getTime() + 120 * 500) },
      update: { tat: new Date(NOW.getTime() + 120 * 500) },
    });
    const limited = await send(customerRoute.GET, keys.readOnly);
    expect(limited.status).toBe(429);
    expect(limited.headers.get("content-type")).toBe("application/problem+json");
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThanOrEqual(1);
    const ingest = await send(ingestRoute.POST, keys.readOnly, {
      body: { customer: { email: "r@t.test" }, channel: "WEB", kind: "PAGE_VIEW" },
    });
    expect(ingest.status).toBe(429);
    expect((await send(customerRoute.GET, keys.full)).status).toBe(200);
  });
});
