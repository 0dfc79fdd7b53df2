import { NextResponse, type NextRequest } from "next/server";
import { safeCallbackPath } from "@/lib/callback-url";
import { FRAMEABLE_PAGE, contentSecurityPolicy, createNonce, isHttps, securityHeaders } from "@/lib/security-headers";

// Two jobs, nothing more. 1. Security headers on every response, with a fresh
// nonce per request in the Content-Security-Policy; Next reads the nonce from
// the request's CSP header and puts it on its own scripts (all pages render
// dynamically: the root layout reads the locale from the request).
// 2. Anonymous visitors to a page go to /login. Whether a signed-in user may
// see a page or its data is decided in server/ (see STYLE.md): a cookie's
// presence here proves nothing.
const SESSION_COOKIES = ["next-auth.session-token", "__Secure-next-auth.session-token"];
// The unsubscribe page: a customer follows it from a marketing e-mail, without an account. The API
// reference: an integrator reads it before they have a key (it says what /api/openapi.json says).
// Web forms (/f/<slug>, its embed, the consent confirmation link): a website's visitors, no account.
const PUBLIC_PAGES = /^\/(login(\/|$)|unsubscribe\/[^/]+$|docs\/api$|f\/)/;

export function proxy(request: NextRequest) {
  const nonce = createNonce();
  const https = isHttps(request.headers.get("x-forwarded-proto"), process.env.NEXTAUTH_URL);
  const { pathname, search } = request.nextUrl;
  const frameable = FRAMEABLE_PAGE.test(pathname);
  const csp = contentSecurityPolicy(nonce, { dev: process.env.NODE_ENV === "development", https, frameable });

  const signedIn = SESSION_COOKIES.some((name) => request.cookies.has(name));
  let response: NextResponse;
  if (signedIn || PUBLIC_PAGES.test(pathname)) {
    const requestHeaders = new Headers(request.headers);
    requestHeaders.set("content-security-policy", csp);
    response = NextResponse.next({ request: { headers: requestHeaders } });
  } else {
    const login = new URL("/login", request.url);
    const back = safeCallbackPath(pathname + search);
    if (back && back !== "/") login.searchParams.set("callbackUrl", back);
    response = NextResponse.redirect(login);
  }
  for (const [name, value] of Object.entries(securityHeaders(csp, https, { frameable })))
    response.headers.set(name, value);
  return response;
}

export const config = {
  // Pages only. API routes get their (static) headers from next.config.js and
  // are left out so the proxy does not buffer their bodies (ingest, uploads).
  // The service worker too: a browser checks it for updates with no page around it, and a redirect
  // to /login there would fail the update (next.config.js gives it its headers).
  matcher: [
    "/((?!api/|_next/static|_next/image|favicon.ico|robots.txt|sw\\.js$|.*\\.(?:png|svg|ico|webmanifest|woff2?)$).*)",
  ],
};
