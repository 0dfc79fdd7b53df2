import { describe, expect, it } from "vitest";
import { parseLoginSearch } from "./login-search";

describe("parseLoginSearch", () => {
  it("reads a plain /login with nothing in the URL", () => {
    expect(parseLoginSearch({})).toEqual({ callbackUrl: undefined, error: undefined, tab: undefined });
  });

  it("keeps a path on this site and drops anything else", () => {
    expect(parseLoginSearch({ callbackUrl: "/leads?view=nurture" }).callbackUrl).toBe("/leads?view=nurture");
    for (const bad of ["//evil.example", "/\\evil.example", "/\tevil", "https://evil.example/", "\u0000"]) {
      expect(parseLoginSearch({ callbackUrl: bad }).callbackUrl, JSON.stringify(bad)).toBeUndefined();
    }
  });

  it("takes the first of repeated parameters and ignores values it does not know", () => {
    expect(
      parseLoginSearch({ callbackUrl: ["/orders", "//evil"], tab: ["customer", "staff"], error: ["Verification"] }),
    ).toEqual({ callbackUrl: "/orders", tab: "customer", error: "Verification" });
    expect(parseLoginSearch({ tab: "admin", error: "x".repeat(65) })).toEqual({
      callbackUrl: undefined,
      tab: undefined,
      error: undefined,
    });
  });
});
