import { describe, expect, it } from "vitest";
import { FRAMEABLE_PAGE, contentSecurityPolicy, createNonce, isHttps, securityHeaders } from "./security-headers";

describe("security headers", () => {
  it("makes a fresh, unguessable nonce for each request", () => {
    const nonces = new Set(Array.from({ length: 100 }, createNonce));
    expect(nonces.size).toBe(100);
    expect(atob(createNonce())).toHaveLength(16);
  });

  it("allows only nonced scripts and forbids plugins, base tags, framing and foreign form targets", () => {
    const csp = contentSecurityPolicy("abc");
    expect(csp).toContain("script-src 'self' 'nonce-abc' 'strict-dynamic'");
    expect(csp).not.toMatch(/script-src[^;]*unsafe-(inline|eval)/);
    for (const d of ["object-src 'none'", "base-uri 'none'", "frame-ancestors 'none'", "form-action 'self'"])
      expect(csp).toContain(d);
    expect(csp).not.toContain("upgrade-insecure-requests");
    expect(contentSecurityPolicy("abc", { dev: true })).toContain("'unsafe-eval'");
    expect(contentSecurityPolicy("abc", { https: true })).toContain("upgrade-insecure-requests");
  });

  it("lets this site's own service worker and manifest load, and no one else's", () => {
    const csp = contentSecurityPolicy("abc");
    expect(csp).toContain("worker-src 'self';");
    expect(csp).toContain("manifest-src 'self';");
  });

  it("sends HSTS only over HTTPS", () => {
    expect(isHttps("https", undefined)).toBe(true);
    expect(isHttps("http", "https://crm.example.com")).toBe(true);
    expect(isHttps("http", "http://localhost:3000")).toBe(false);
    expect(isHttps(null, undefined)).toBe(false);
    expect(securityHeaders("x", false)).not.toHaveProperty("Strict-Transport-Security");
    expect(securityHeaders("x", true)["Strict-Transport-Security"]).toMatch(/^max-age=\d{8,}/);
    expect(securityHeaders("x", false)).toMatchObject({
      "X-Content-Type-Options": "nosniff",
      "Referrer-Policy": "strict-origin-when-cross-origin",
    });
  });

  it("lets other sites frame a web form's embed page, and no other page", () => {
    const csp = contentSecurityPolicy("abc", { frameable: true });
    expect(csp).toContain("frame-ancestors *");
    expect(csp).not.toContain("frame-ancestors 'none'");
    // The rest of the policy is the same: no inline script in a frame either.
    expect(csp).toContain("script-src 'self' 'nonce-abc' 'strict-dynamic'");
    expect(securityHeaders(csp, false, { frameable: true })).not.toHaveProperty("X-Frame-Options");
    expect(securityHeaders("x", false)["X-Frame-Options"]).toBe("DENY");
    expect(FRAMEABLE_PAGE.test("/f/provekjoring-oslo-1a2b3c4d/embed")).toBe(true);
    for (const path of [
      "/f/provekjoring-oslo-1a2b3c4d",
      "/f/x/embed/../../settings",
      "/settings/web-forms",
      "/f/confirm/abc",
    ])
      expect(FRAMEABLE_PAGE.test(path), path).toBe(false);
  });
});
