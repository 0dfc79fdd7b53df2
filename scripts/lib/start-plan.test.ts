import { describe, expect, it } from "vitest";
import { startPlan } from "./start-plan.mjs";

// `npm start` in a demo builds when needed; in production it never builds and refuses to start
// without what instances must share.

const fresh = { dev: false, buildExists: true, buildStale: false };
const prod = {
  REISE_MODE: "production",
  NEXTAUTH_SECRET: "s".repeat(64),
  NEXTAUTH_URL: "https://crm.example.com",
  SMTP_URL: "smtp://mail.example.com:587",
};

describe("what npm start does before serving", () => {
  it("builds a demo install when there is no build or the sources are newer", () => {
    expect(startPlan({}, { ...fresh, buildExists: false }).build).toBe(true);
    expect(startPlan({}, { ...fresh, buildStale: true }).build).toBe(true);
    expect(startPlan({}, fresh)).toEqual({ build: false, errors: [], warnings: [] });
  });

  it("never builds in production, even when files look newer than the build", () => {
    const plan = startPlan(prod, { ...fresh, buildStale: true });
    expect(plan.build).toBe(false);
    expect(plan.errors).toEqual([]);
    expect(plan.warnings.join(" ")).toMatch(/never rebuilds/);
    expect(
      startPlan({ ...prod, REISE_MODE: undefined, NODE_ENV: "production" }, { ...fresh, buildStale: true }).build,
    ).toBe(false);
  });

  it("refuses a production start whose secret is too short to be one", () => {
    const plan = startPlan({ ...prod, NEXTAUTH_SECRET: "x" }, fresh);
    expect(plan.errors).toHaveLength(1);
    expect(plan.errors[0]).toMatch(/NEXTAUTH_SECRET is 1 character long.*at least 32.*openssl rand -hex 32/);
    expect(startPlan({ ...prod, NEXTAUTH_SECRET: "s".repeat(32) }, fresh).errors).toEqual([]);
    // A demo start takes any secret (the tests' own are short).
    expect(startPlan({ NEXTAUTH_SECRET: "x" }, fresh).errors).toEqual([]);
  });

  it("refuses a production start without a build, a shared secret or the public URL", () => {
    const plan = startPlan({ REISE_MODE: "production", SMTP_URL: prod.SMTP_URL }, { ...fresh, buildExists: false });
    expect(plan.build).toBe(false);
    expect(plan.errors).toHaveLength(3);
    expect(plan.errors.join(" ")).toMatch(/NEXTAUTH_SECRET.*same secret/);
    expect(plan.errors.join(" ")).toMatch(/NEXTAUTH_URL/);
    expect(plan.errors.join(" ")).toMatch(/npm run build/);
  });

  it("warns a production start without SMTP that mail will not reach people", () => {
    expect(startPlan({ ...prod, SMTP_URL: "" }, fresh).warnings.join(" ")).toMatch(/SMTP_URL/);
    // Push keys generated per machine: a browser subscribed through one instance gets no push from another.
    expect(startPlan(prod, fresh).warnings.join(" ")).toMatch(/REISE_VAPID_PUBLIC_KEY.*vapid-keys\.json/);
    const keys = { REISE_VAPID_PUBLIC_KEY: "pub", REISE_VAPID_PRIVATE_KEY: "priv" };
    expect(startPlan({ ...prod, ...keys }, fresh).warnings).toEqual([]);
  });
});
