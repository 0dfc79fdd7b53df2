import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { Validator } from "@seriousme/openapi-schema-validator";
import { Ajv2020 } from "ajv/dist/2020";
import { testDatabases } from "@/test/worlds/databases";
import { ALL_SCOPES, openRestWorld, type RestWorld } from "@/test/worlds/rest-world";
import { openApiDocument } from "./openapi";

// The OpenAPI document is valid OpenAPI 3.1 (checked by a validator made for it, not by us), and
// every operation it lists answers as it says, through the real route modules under app/api/v1:
// the documented success status and a body matching the documented schema, and the documented
// problems for no key and for a key without the scope.

const db = vi.hoisted(() => ({ client: undefined as unknown }));
vi.mock("@/server/db", () => ({ getDb: async () => db.client }));
vi.mock("@/server/orders/notify", async (original) => ({
  ...(await original<typeof import("@/server/orders/notify")>()),
  sendOrderNotice: async () => {},
}));

const NOW = new Date("2026-11-24T09:15:00Z");
type Doc = {
  openapi: string;
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, unknown> };
};
type Operation = {
  operationId: string;
  responses: Record<string, { content?: Record<string, { schema: unknown }> }>;
  requestBody?: unknown;
};

const BODIES: Record<string, unknown> = {
  createCustomer: { name: "Per Hansen", email: "per@t.test", phone: "+47 912 34 567" },
  updateCustomer: { city: "Tromsø" },
  moveLeadStage: { stage: "CONTACTED" },
  logFollowUp: { type: "CALL", outcome: "REACHED", note: "Ringte om levering" },
  advanceOrderMilestone: { milestone: "CONFIRMED" },
  recordSignal: {
    customer: { email: "kari@t.test" },
    channel: "CHAT",
    kind: "CHAT_MESSAGE",
    text: "Når kan jeg hente bilen?",
    externalId: "chat-1",
  },
};

const doc = openApiDocument() as unknown as Doc;
const operations = Object.entries(doc.paths).flatMap(([p, item]) =>
  Object.entries(item).map(([method, op]) => ({ path: p, method: method.toUpperCase(), op })),
);

async function routeFor(apiPath: string) {
  const dir = apiPath.replace(/^\/api\//, "").replace(/\{(\w+)\}/g, "[$1]");
  return (await import(/* @vite-ignore */ path.join(process.cwd(), "app/api", dir, "route.ts"))) as Record<
    string,
    (request: Request, context: { params: Promise<Record<string, string>> }) => Promise<Response>
  >;
}

const ajv = new Ajv2020({ strict: false, allErrors: true });
ajv.addFormat("date-time", true).addFormat("uuid", true).addFormat("email", true);
/** The documented schema, with the document's components to resolve its $refs against. */
function matches(schema: unknown, value: unknown): boolean {
  const validate = ajv.compile({ ...(schema as object), components: doc.components });
  return validate(value) as boolean;
}

describe("the OpenAPI document", () => {
  it("is valid OpenAPI 3.1", async () => {
    const validator = new Validator();
    const result = await validator.validate(doc as never);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(validator.version).toBe("3.1");
  });

  it("documents bearer keys, and every operation's scope, problems and Idempotency-Key", () => {
    expect(operations.length).toBeGreaterThanOrEqual(13);
    for (const { method, op } of operations) {
      expect(Object.keys(op.responses)).toEqual(expect.arrayContaining(["401", "403", "429", "500"]));
      expect(op.responses["401"].content?.["application/problem+json"]).toBeDefined();
      if (method !== "GET") expect(JSON.stringify(op)).toContain("Idempotency-Key");
    }
  });
});

describe("the response check", () => {
  it("refuses a body the document does not describe", () => {
    const get = doc.paths["/api/v1/customers/{customerId}"].get.responses["200"].content!["application/json"].schema;
    expect(matches(get, { id: "x" })).toBe(false);
    const list = doc.paths["/api/v1/leads"].get.responses["200"].content!["application/json"].schema;
    expect(matches(list, { data: [{ id: "x" }], nextCursor: null })).toBe(false);
    expect(matches(list, { data: [], nextCursor: null })).toBe(true);
  });
});

describe.each(testDatabases)("every documented operation on $name", (database) => {
  let w: RestWorld;
  let full: string;
  let none: string;

  beforeAll(async () => {
    vi.useFakeTimers({ now: NOW, toFake: ["Date"] });
    w = await openRestWorld(database, NOW);
    db.client = w.db;
    full = await w.key("ERP", ALL_SCOPES);
    none = await w.key("Nothing", []);
  });
  afterAll(async () => {
    vi.useRealTimers();
    await w?.close();
  });

  const call = async (p: string, method: string, secret: string | null, operationId: string) => {
    const params = { customerId: w.customers.car, leadId: w.leads.carOpen, orderId: w.orders.car };
    const url = p.replace(/\{(\w+)\}/g, (_, name: keyof typeof params) => params[name]);
    const body = BODIES[operationId];
    const request = new Request(`http://reise.test${url}`, {
      method,
      headers: {
        ...(secret ? { Authorization: `Bearer ${secret}` } : {}),
        ...(body ? { "Content-Type": "application/json" } : {}),
      },
      body: body ? JSON.stringify(body) : undefined,
    });
    const handler = (await routeFor(p))[method];
    expect(handler, `${method} ${p} has a route`).toBeTypeOf("function");
    return handler(request, { params: Promise.resolve(params) });
  };

  it.each(operations.map((o) => [`${o.method} ${o.path}`, o] as const))("%s", async (_, { path: p, method, op }) => {
    const refused = await call(p, method, null, op.operationId);
    expect(refused.status).toBe(401);
    expect(refused.headers.get("content-type")).toBe("application/problem+json");
    expect(matches(op.responses["401"].content!["application/problem+json"].schema, await refused.json())).toBe(true);

    const unscoped = await call(p, method, none, op.operationId);
    expect(unscoped.status).toBe(403);
    expect(matches(op.responses["403"].content!["application/problem+json"].schema, await unscoped.json())).toBe(true);

    const response = await call(p, method, full, op.operationId);
    const documented = op.responses[String(response.status)];
    const body = await response.json();
    expect(response.status, JSON.stringify(body)).toBeLessThan(300);
    expect(documented, `status ${response.status} is documented`).toBeDefined();
    expect(response.headers.get("content-type")).toMatch(/^application\/json/);
    expect(matches(documented.content!["application/json"].schema, body)).toBe(true);
  });
});
