import { beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";
import type { AppSession } from "@/server/auth/session";

// The action client's order of steps: nothing is parsed for a caller who may not call, nothing
// runs for input the schema refuses, and the work gets exactly what the schema let through.

const who = vi.hoisted(() => ({ session: null as AppSession | null }));
vi.mock("@/server/db", () => ({ getDb: async () => ({ fake: "db" }) }));
vi.mock("@/server/auth/session", () => {
  const gone = (what: string) => Object.assign(new Error(what), { digest: what });
  const need = (ok: (s: AppSession) => boolean) => async () => {
    if (!who.session) throw gone("NEXT_REDIRECT;/login");
    if (!ok(who.session)) throw gone("NEXT_HTTP_ERROR_FALLBACK;404");
    return who.session;
  };
  return {
    getSession: async () => who.session,
    requireStaff: need((s) => s.role !== "CUSTOMER"),
    requireRole: (role: string) => need((s) => s.role === role)(),
    requireCustomer: need((s) => s.role === "CUSTOMER" && !!s.customerId),
  };
});

const { callAction, formAction } = await import("./client");

const session = (role: AppSession["role"]): AppSession => ({
  userId: "u1",
  role,
  email: "x@reise.test",
  name: "X",
  locale: "en",
  timeZone: "Europe/Oslo",
  teamId: null,
  customerId: role === "CUSTOMER" ? "c1" : null,
});

const schema = z.object({ note: z.string().trim().min(1, "required").max(5, "tooLong") });
const run = vi.fn(async ({ input }: { input: { note: string } }) => ({ ok: true, message: `saved ${input.note}` }));
const invalid = vi.fn((error: z.ZodError) => ({
  ok: false,
  message: "fix",
  fieldErrors: { note: error.issues[0].message },
}));
const read = vi.fn((form: FormData) => ({ note: form.get("note") }));
const form = (note: string) => {
  const data = new FormData();
  data.set("note", note);
  return data;
};

beforeEach(() => {
  vi.clearAllMocks();
  who.session = null;
});

describe("formAction", () => {
  const staffAction = formAction({ who: "staff", schema, read, invalid, run });
  const managerAction = formAction({ who: "manager", schema, read, invalid, run });

  it("sends a visitor without a session to the login before reading the form", async () => {
    await expect(staffAction(null, form("hi"))).rejects.toMatchObject({ digest: "NEXT_REDIRECT;/login" });
    expect(read).not.toHaveBeenCalled();
    expect(run).not.toHaveBeenCalled();
  });

  it("answers a role it is not for with a 404, before reading the form", async () => {
    who.session = session("CUSTOMER");
    await expect(staffAction(null, form("hi"))).rejects.toMatchObject({ digest: "NEXT_HTTP_ERROR_FALLBACK;404" });
    who.session = session("SALES");
    await expect(managerAction(null, form("hi"))).rejects.toMatchObject({ digest: "NEXT_HTTP_ERROR_FALLBACK;404" });
    expect(read).not.toHaveBeenCalled();
    expect(run).not.toHaveBeenCalled();
  });

  it("turns what the schema refuses into field messages, and runs nothing", async () => {
    who.session = session("SALES");
    expect(await staffAction(null, form("   "))).toEqual({
      ok: false,
      message: "fix",
      fieldErrors: { note: "required" },
    });
    expect(await staffAction(null, form("far too long"))).toEqual({
      ok: false,
      message: "fix",
      fieldErrors: { note: "tooLong" },
    });
    expect(run).not.toHaveBeenCalled();
  });

  it("runs with the parsed input, the caller and the database", async () => {
    who.session = session("MANAGER");
    expect(await managerAction(null, form("  hi "))).toEqual({ ok: true, message: "saved hi" });
    expect(run).toHaveBeenCalledWith(
      expect.objectContaining({ input: { note: "hi" }, session: who.session, db: { fake: "db" } }),
    );
  });
});

describe("callAction", () => {
  it("parses its one argument the same way", async () => {
    const action = callAction({ who: "anyone", schema, invalid, run });
    expect(await action({ note: "" })).toMatchObject({ ok: false });
    expect(await action({ note: "ok" })).toEqual({ ok: true, message: "saved ok" });
    expect(run).toHaveBeenCalledWith(expect.objectContaining({ session: null }));
  });
});
