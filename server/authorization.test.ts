import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { testDatabases } from "@/test/worlds/databases";
import { makeLead, openLeadWorld, type LeadWorld } from "@/test/worlds/lead-world";

// Every server action and every route handler, found by reading the source
// tree, so what is added later is covered without touching this file. Each is
// called without a session and with a role it is not for, and must refuse
// (redirect to login, 404/403/401, or { ok: false }) without changing a single
// row of any table. The session comes from next-auth's getServerSession, so
// the real guards in server/auth/session.ts run against a real database.

const ROOT = path.resolve(import.meta.dirname, "..");

// Deliberately public, and why. Keep this short.
const PUBLIC_ACTIONS: Record<string, string> = {
  "server/users/actions.ts#setLocaleAction":
    "the language switcher also works on the login page; it saves to the user only when signed in",
  "server/auth/password-actions.ts#requestPasswordResetAction":
    "who forgot their password has no session; throttled, and answers alike for every address (server/auth/password-reset.test.ts)",
  "server/auth/password-actions.ts#setPasswordAction":
    "whoever opens a set-password link has no session yet; the link's 256-bit token is the credential (server/auth/password-actions.test.ts)",
  "server/web-forms/public-actions.ts#submitWebFormAction":
    "a website's visitor has no account; honeypot, signed fill time and a per-address limit (server/web-forms/web-forms.test.ts)",
};
const PUBLIC_ROUTES: Record<string, string> = {
  "app/api/auth/[...nextauth]/route.ts":
    "signing in is what a visitor without a session does (throttled: server/auth/sign-in-throttle.ts)",
  "app/api/health/route.ts": "for load balancers: database kind and migration state, no data",
  "app/api/openapi.json/route.ts":
    "the REST API's description (paths, scopes, schemas), no data: an integrator reads it before they have a key",
  "app/api/calendar/[token]/route.ts":
    "calendar apps poll a rep's feed without a session; the link's 256-bit token is the credential, revocable, rate-limited, read through the lead rule (server/calendar-feed/calendar-feed.test.ts)",
};

function walk(dir: string): string[] {
  const full = path.join(ROOT, dir);
  if (!fs.existsSync(full)) return [];
  return fs
    .readdirSync(full, { withFileTypes: true })
    .flatMap((d) => (d.isDirectory() ? walk(path.join(dir, d.name)) : [path.join(dir, d.name)]));
}
const isSource = (f: string) => /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f);
const source = (f: string) => fs.readFileSync(path.join(ROOT, f), "utf8");
const actionModules = [...walk("app"), ...walk("server")]
  .filter(isSource)
  .filter((f) => /^\s*(\/\/[^\n]*\n\s*)*["']use server["']/.test(source(f)));
const routeModules = walk("app").filter((f) => /(^|\/)route\.ts$/.test(f));

type Role = "SALES" | "MANAGER" | "CUSTOMER";

/** One exported function's source: from its `export` to the next one. */
function exportSource(src: string, name: string): string {
  const start = src.search(new RegExp(`export\\s+(async\\s+)?(function\\s+${name}\\b|const\\s+${name}\\b)`));
  if (start < 0) return src;
  const next = src.slice(start + 1).search(/\nexport\s/);
  return next < 0 ? src.slice(start) : src.slice(start, start + 1 + next);
}

/** The roles an action is NOT for, from the least-privileged guard it calls (staff-only when it names none). */
function wrongRoles(src: string): Role[] {
  if (/requireCustomer\(|who:\s*"customer"/.test(src)) return ["SALES", "MANAGER"];
  if (/requireStaff\(|requireSession\(|who:\s*"staff"/.test(src)) return ["CUSTOMER"];
  if (/requireRole\(\s*"MANAGER"\s*\)|who:\s*"manager"/.test(src)) return ["SALES", "CUSTOMER"];
  return ["CUSTOMER"];
}

// --- the request-bound parts of Next, replaced ---------------------------------
let world: LeadWorld;
let raw: { user: { id: string; tv: number } } | null = null;
const getServerSession = vi.fn(async () => raw);
vi.mock("next-auth", async (importOriginal) => ({
  ...(await importOriginal<object>()),
  getServerSession: () => getServerSession(),
}));
vi.mock("@/server/db", () => ({
  getDb: async () => world.db,
  getDatabase: async () => ({ db: world.db, sql: world.sql }),
}));
vi.mock("next/cache", () => ({
  revalidatePath: () => {},
  revalidateTag: () => {},
  updateTag: () => {},
  refresh: () => {},
}));
vi.mock("next/headers", () => {
  const jar = new Map<string, string>();
  const cookies = {
    get: (n: string) => (jar.has(n) ? { name: n, value: jar.get(n) } : undefined),
    getAll: () => [],
    has: (n: string) => jar.has(n),
    set: (n: string, v: string) => void jar.set(n, v),
    delete: (n: string) => void jar.delete(n),
  };
  return {
    cookies: async () => cookies,
    headers: async () => new Headers(),
    draftMode: async () => ({ isEnabled: false }),
  };
});
vi.mock("next-intl/server", () => {
  const t = Object.assign((key: string) => key, {
    has: () => true,
    rich: (key: string) => key,
    markup: (key: string) => key,
    raw: (key: string) => key,
  });
  const format = {
    dateTime: (d: Date) => d.toISOString(),
    number: String,
    relativeTime: (d: Date) => d.toISOString(),
    list: (l: string[]) => l.join(", "),
  };
  return {
    getTranslations: async () => t,
    getLocale: async () => "en",
    getFormatter: async () => format,
    getNow: async () => new Date(),
    getTimeZone: async () => "Europe/Oslo",
    getMessages: async () => ({}),
  };
});

// --- what "refused" means -------------------------------------------------------
function refusedByThrow(error: unknown): boolean {
  const digest = String((error as { digest?: string })?.digest ?? "");
  return digest.startsWith("NEXT_REDIRECT") || /^NEXT_HTTP_ERROR_FALLBACK;(401|403|404)$/.test(digest);
}

async function snapshot(): Promise<Record<string, string>> {
  const tables = await world.sql.query<{ t: string }>(
    "SELECT table_name AS t FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations'",
  );
  const rows = await world.sql.query<{ t: string; h: string }>(
    tables
      .map(
        ({ t }) =>
          `SELECT '${t}' AS t, count(*) || ':' || coalesce(md5(string_agg(x::text, '|' ORDER BY x::text)), '') AS h FROM "${t}" x`,
      )
      .join(" UNION ALL "),
  );
  return Object.fromEntries(rows.map((r) => [r.t, r.h]));
}

function argumentShapes(ids: Record<string, string>): unknown[][] {
  const fields = {
    ...ids,
    idempotencyKey: "9f1b2c3d-0000-4000-8000-000000000001",
    version: "0",
    name: "Probe",
    note: "probe",
    type: "CALL",
    outcome: "REACHED",
    role: "MANAGER",
    active: "false",
    enabled: "true",
    locale: "en",
  };
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.set(k, v);
  const object = { ...fields, active: false, enabled: true, version: 0 };
  return [[], [null, form], [form], [object]];
}

describe.each(testDatabases)("authorization of every action and route on $name", (database) => {
  const sessions: Record<Role, { user: { id: string; tv: number } }> = {} as never;
  let ids: Record<string, string>;
  beforeAll(async () => {
    world = await openLeadWorld(database);
    sessions.SALES = { user: { id: world.sales.userId, tv: 0 } };
    sessions.MANAGER = { user: { id: world.manager.userId, tv: 0 } };
    sessions.CUSTOMER = { user: { id: world.customer.userId, tv: 0 } };
    const lead = await makeLead(world.db, { ownerId: world.sales.userId, now: new Date() });
    ids = {
      leadId: lead.id,
      id: lead.id,
      userId: world.sales2.userId,
      customerId: world.customer.customerId!,
      ownerId: world.sales.userId,
    };
  }, 120_000);
  afterAll(async () => world?.close());

  it("finds the modules to check", () => {
    expect(actionModules).toEqual(
      expect.arrayContaining([
        "server/leads/actions.ts",
        "server/api-keys/actions.ts",
        "server/users/staff-actions.ts",
      ]),
    );
    expect(routeModules).toEqual(
      expect.arrayContaining(["app/api/touchpoints/route.ts", "app/api/leads/changes/route.ts"]),
    );
    for (const key of Object.keys(PUBLIC_ACTIONS)) expect(actionModules).toContain(key.split("#")[0]);
    for (const key of Object.keys(PUBLIC_ROUTES)) expect(routeModules).toContain(key);
  });

  it.each(actionModules)("%s: every action refuses an anonymous caller and the wrong role", async (file) => {
    const mod = (await import(/* @vite-ignore */ path.join(ROOT, file))) as Record<string, unknown>;
    const actions = Object.entries(mod).filter(([, v]) => typeof v === "function") as [
      string,
      (...a: unknown[]) => Promise<unknown>,
    ][];
    expect(actions.length, `${file} exports actions`).toBeGreaterThan(0);
    const before = await snapshot();
    for (const [name, action] of actions) {
      if (PUBLIC_ACTIONS[`${file}#${name}`]) continue;
      for (const role of [null, ...wrongRoles(exportSource(source(file), name))] as (Role | null)[]) {
        for (const args of argumentShapes(ids)) {
          raw = role ? sessions[role] : null;
          getServerSession.mockClear();
          const who = `${file}#${name} as ${role ?? "anonymous"} with ${args.length} args`;
          let outcome: unknown;
          try {
            outcome = await action(...args);
          } catch (error) {
            expect(refusedByThrow(error), `${who} threw ${String(error)}`).toBe(true);
            continue;
          }
          expect(outcome, `${who} must refuse`).toMatchObject({ ok: false });
          // Authorize before reading the input: a refusal for bad input alone proves nothing.
          expect(getServerSession, `${who} did not check the session`).toHaveBeenCalled();
        }
      }
    }
    expect(await snapshot(), `${file} changed data`).toEqual(before);
  });

  it.each(routeModules.filter((f) => !PUBLIC_ROUTES[f]))(
    "%s: refuses a request without a session or key",
    async (file) => {
      const mod = (await import(/* @vite-ignore */ path.join(ROOT, file))) as Record<string, unknown>;
      const methods = ["GET", "POST", "PUT", "PATCH", "DELETE"].filter((m) => typeof mod[m] === "function");
      expect(methods.length).toBeGreaterThan(0);
      const before = await snapshot();
      const url = `http://localhost/${file.replace(/^app\//, "").replace(/\/route\.ts$/, "")}?since=2020-01-01T00:00:00Z`;
      const roles: (Role | null)[] = [null, ...(/requireCustomer\(/.test(source(file)) ? [] : ["CUSTOMER" as const])];
      for (const method of methods) {
        for (const role of roles) {
          raw = role ? sessions[role] : null;
          const body =
            method === "GET"
              ? undefined
              : JSON.stringify({ kind: "lead", channel: "CHAT", externalId: "probe", customer: { email: "p@t.test" } });
          const request = new Request(url, { method, body, headers: { "content-type": "application/json" } });
          const handler = mod[method] as (r: Request, c: unknown) => Promise<Response>;
          const response = await handler(request, { params: Promise.resolve({}) }).catch((error: unknown) => {
            expect(refusedByThrow(error), `${method} ${file} threw ${String(error)}`).toBe(true);
            return null;
          });
          if (response)
            expect([401, 403, 404], `${method} ${file} as ${role ?? "anonymous"}`).toContain(response.status);
        }
      }
      expect(await snapshot()).toEqual(before);
    },
  );
});
