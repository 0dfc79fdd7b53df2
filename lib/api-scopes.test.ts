import { describe, expect, it } from "vitest";
import { API_SCOPES, hasScope, isApiScope, LEGACY_SCOPES, normalizeScopes } from "./api-scopes";

describe("API key scopes", () => {
  it("are read and write for each resource, and old keys may only send signals", () => {
    expect(API_SCOPES).toHaveLength(8);
    expect(API_SCOPES).toContain("leads:write");
    expect(LEGACY_SCOPES).toEqual(["touchpoints:write"]);
    expect(isApiScope("orders:read")).toBe(true);
    expect(isApiScope("orders:delete")).toBe(false);
  });

  it("writing does not include reading", () => {
    expect(hasScope(["customers:write"], "customers", "write")).toBe(true);
    expect(hasScope(["customers:write"], "customers", "read")).toBe(false);
    expect(hasScope(["customers:read"], "leads", "read")).toBe(false);
  });

  it("keep known scopes only, once, in one order", () => {
    expect(normalizeScopes(["leads:write", "bogus", "customers:read", "leads:write"])).toEqual([
      "customers:read",
      "leads:write",
    ]);
  });
});
