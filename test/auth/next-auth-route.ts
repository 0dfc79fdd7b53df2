import crypto from "node:crypto";
import { createRequire } from "node:module";
import path from "node:path";
import type { AuthOptions } from "next-auth";

// next-auth's App Router handler (next-auth/next, NextAuthRouteHandler) line for
// line, except that cookies and headers come from the request instead of
// next/headers, which needs a running Next server. The body is read by
// next-auth's own getBody, so a test sees exactly what next-auth would check.

const require = createRequire(import.meta.url);
const root = path.dirname(require.resolve("next-auth"));
const { AuthHandler } = require(path.join(root, "core/index.js")) as {
  AuthHandler: (params: { req: unknown; options: AuthOptions }) => Promise<unknown>;
};
const { getBody, toResponse } = require(path.join(root, "next/utils.js")) as {
  getBody: (req: Request) => Promise<Record<string, string> | undefined>;
  toResponse: (res: unknown) => Response;
};

export const TEST_ORIGIN = "http://localhost:3000";
export const TEST_SECRET = "test-secret-for-next-auth";

type Context = { params: Promise<{ nextauth: string[] }> };

export function nextAuthRoute(options: AuthOptions) {
  return async (req: Request, context: Context): Promise<Response> => {
    const { nextauth } = await context.params;
    const query = Object.fromEntries(new URL(req.url).searchParams);
    const body = await getBody(req);
    const cookies = Object.fromEntries(
      (req.headers.get("cookie") ?? "")
        .split(/;\s*/)
        .filter(Boolean)
        .map((c) => [c.slice(0, c.indexOf("=")), decodeURIComponent(c.slice(c.indexOf("=") + 1))]),
    );
    const internal = (await AuthHandler({
      req: {
        body,
        query,
        cookies,
        headers: Object.fromEntries(req.headers),
        method: req.method,
        action: nextauth[0],
        providerId: nextauth[1],
        error: query.error ?? nextauth[1],
      },
      options: { ...options, secret: TEST_SECRET },
    })) as { status?: number };
    const response = toResponse(internal);
    const redirect = response.headers.get("Location");
    if (body?.json === "true" && redirect) {
      response.headers.delete("Location");
      response.headers.set("Content-Type", "application/json");
      return new Response(JSON.stringify({ url: redirect }), { status: internal.status, headers: response.headers });
    }
    return response;
  };
}

/** A CSRF token and the cookie next-auth checks it against. */
export function csrfPair(token = "csrf-token-for-tests"): { token: string; cookie: string } {
  const hash = crypto.createHash("sha256").update(`${token}${TEST_SECRET}`).digest("hex");
  return { token, cookie: `next-auth.csrf-token=${encodeURIComponent(`${token}|${hash}`)}` };
}

/** The route context next passes to app/api/auth/[...nextauth]/route.ts for `pathname`. */
export function routeContext(pathname: string): Context {
  // Next decodes each segment of a catch-all route's params.
  const segments = pathname
    .replace(/^\/api\/auth\//, "")
    .split("?")[0]
    .split("/")
    .filter(Boolean);
  return { params: Promise.resolve({ nextauth: segments.map(decodeURIComponent) }) };
}
