// The security headers of every response the proxy sees (proxy.ts). Pure, so
// a unit test can read the policy; e2e/security-headers.spec.ts checks that
// the pages work under it with no violation in the browser console.

/** 128 random bits, base64: unguessable, and fresh for every request. */
export function createNonce(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return btoa(String.fromCharCode(...bytes));
}

/**
 * The one page other sites may frame: a web form's embed (/f/<slug>/embed). Any site, not a list
 * per form: the manager pastes the snippet into a site builder whose preview and live addresses
 * they rarely know, a wrong list fails silently in the visitor's browser, and what framing could
 * trick a visitor into is little here. The form reads no session and shows nothing of anyone's;
 * a consent box clicked through an overlay grants nothing until it is confirmed from the inbox
 * (double opt-in); and the spam guards hold however the form is shown. Every other page stays
 * unframeable.
 */
export const FRAMEABLE_PAGE = /^\/f\/[a-z0-9-]{1,60}\/embed\/?$/;

export function contentSecurityPolicy(nonce: string, { dev = false, https = false, frameable = false } = {}): string {
  return [
    "default-src 'self'",
    // Only scripts carrying this request's nonce run, and what they load
    // ('strict-dynamic'): an injected <script> or onerror= attribute does not.
    // React needs eval only for its development error overlay.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    // 'unsafe-inline' for styles, deliberately: recharts and Radix's popper
    // position and size things with style="" attributes, and Radix injects a few
    // <style> elements without a nonce. A nonce in this directive would disable
    // 'unsafe-inline' and break them. Injected CSS cannot run script; the
    // script-src above is what stops cross-site scripting.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    // The push worker (public/sw.js) and the app manifest. Said outright: worker-src would
    // otherwise fall back to script-src, where 'strict-dynamic' makes browsers ignore 'self'.
    "worker-src 'self'",
    "manifest-src 'self'",
    `connect-src 'self'${dev ? " ws: wss:" : ""}`,
    "object-src 'none'",
    "base-uri 'none'",
    frameable ? "frame-ancestors *" : "frame-ancestors 'none'",
    "form-action 'self'",
    ...(https ? ["upgrade-insecure-requests"] : []),
  ].join("; ");
}

/** Served over HTTPS: the nearest proxy says so, or the public URL is https. */
export function isHttps(forwardedProto: string | null, publicUrl: string | undefined): boolean {
  return forwardedProto?.split(",")[0].trim().toLowerCase() === "https" || Boolean(publicUrl?.startsWith("https://"));
}

export function securityHeaders(csp: string, https: boolean, { frameable = false } = {}): Record<string, string> {
  return {
    "Content-Security-Policy": csp,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "strict-origin-when-cross-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=()",
    // For browsers that predate frame-ancestors (it has no "any site"; a frameable page sends none).
    ...(frameable ? {} : { "X-Frame-Options": "DENY" }),
    // Only over HTTPS: on plain HTTP it is ignored at best, and a wrong one
    // would pin a development host to HTTPS for two years.
    ...(https ? { "Strict-Transport-Security": "max-age=63072000; includeSubDomains" } : {}),
  };
}
