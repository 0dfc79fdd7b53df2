import "server-only";
import { getDb } from "@/server/db";
import { tooManyAttemptsError } from "@/lib/auth-throttle";
import { checkThrottle, clearOnSuccess, clientAddress, magicLinkKeys, passwordKeys, recordFailure } from "./throttle";

type Handler = (request: Request, context: { params: Promise<{ nextauth: string[] }> }) => Promise<Response>;

// Wraps next-auth's POST handler: a password sign-in or a sign-in link request
// is checked against the throttle before next-auth sees it, and its outcome is
// counted after. A throttled attempt gets 429 with Retry-After, in the JSON
// shape next-auth's client reads ({ url } with ?error=…), so the form can say
// how long to wait. Unknown and known emails are counted alike, so the answer
// reveals nothing about who has an account.
export function withSignInThrottle(handler: Handler): Handler {
  return async (request, context) => {
    const url = new URL(request.url);
    const path = url.pathname;
    if (request.method === "GET" && path.endsWith("/callback/email")) return linkUsed(handler, request, context, url);
    const kind = path.endsWith("/callback/credentials") ? "password" : path.endsWith("/signin/email") ? "link" : null;
    if (!kind || request.method !== "POST") return handler(request, context);

    const form = await request.clone().formData().catch(() => null);
    const email = String(form?.get("email") ?? "").slice(0, 254);
    const address = clientAddress(request.headers);
    const keys = kind === "password" ? passwordKeys(email, address) : magicLinkKeys(email, address);
    const db = await getDb();
    const now = new Date();
    const decision = await checkThrottle(db, keys, now);
    if (!decision.ok) return tooMany(request, decision.retryAfterSeconds);

    const response = await handler(request, context);
    if (kind === "link") {
      await recordFailure(db, keys, now); // every request counts toward the link limits
    } else if (await signedIn(response)) {
      await clearOnSuccess(db, keys);
    } else {
      await recordFailure(db, keys, now);
    }
    return response;
  };
}

// The emailed link is opened (GET): when it signs the customer in, that inbox's link count is
// cleared, so a customer who uses their links is never held up by earlier resends.
async function linkUsed(handler: Handler, request: Request, context: Parameters<Handler>[1], url: URL): Promise<Response> {
  const response = await handler(request, context);
  const location = response.headers.get("location") ?? "";
  const email = (url.searchParams.get("email") ?? "").slice(0, 254);
  if (email && response.status >= 300 && response.status < 400 && location && !location.includes("error=")) {
    await clearOnSuccess(await getDb(), magicLinkKeys(email, clientAddress(request.headers)));
  }
  return response;
}

// next-auth answers a failed credentials sign-in with 401 and ?error= in the
// URL it sends back; a success with 200 and the callback URL.
async function signedIn(response: Response): Promise<boolean> {
  if (response.status !== 200) return false;
  const location = response.headers.get("location") ?? (await response.clone().json().catch(() => ({})) as { url?: string }).url ?? "";
  return !location.includes("error=");
}

function tooMany(request: Request, retryAfterSeconds: number): Response {
  const url = new URL("/login", request.url);
  url.searchParams.set("error", tooManyAttemptsError(retryAfterSeconds));
  return Response.json(
    { url: url.toString() },
    { status: 429, headers: { "Retry-After": String(retryAfterSeconds), "Cache-Control": "no-store" } },
  );
}
