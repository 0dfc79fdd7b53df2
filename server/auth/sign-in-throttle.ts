import "server-only";
import { getDb } from "@/server/db";
import { tooManyAttemptsError } from "@/lib/auth-throttle";
import { readSignInForm, singleFields } from "./sign-in-request";
import { clearOnSuccess, clientAddress, magicLinkKeys, passwordKeys, releaseAttempt, reserveAttempt } from "./throttle";

type Handler = (request: Request, context: { params: Promise<{ nextauth: string[] }> }) => Promise<Response>;

// Wraps next-auth's handler: a password sign-in or a sign-in link request is
// counted by the throttle before next-auth sees it (reserveAttempt), and a right
// password gives its count back after. A throttled attempt gets 429 with
// Retry-After, in the JSON shape next-auth's client reads ({ url } with
// ?error=…), so the form can say how long to wait. Unknown and known emails are
// counted alike, so the answer reveals nothing about who has an account. The
// body is read once, by readSignInForm, and next-auth gets exactly that text.
export function withSignInThrottle(handler: Handler): Handler {
  return async (request, context) => {
    // The action and provider as next-auth reads them: the first two segments, whatever follows.
    const [action, provider] = (await context.params).nextauth ?? [];
    const url = new URL(request.url);
    if (request.method === "GET" && action === "callback" && provider === "email")
      return linkUsed(handler, request, context, url);
    const kind =
      action === "callback" && provider === "credentials"
        ? "password"
        : action === "signin" && provider === "email"
          ? "link"
          : null;
    if (!kind || request.method !== "POST") return handler(request, context);

    const form = await readSignInForm(request);
    if (!form.ok) return refused(request, form.status, form.error);
    const email = form.fields.email ?? "";
    const address = clientAddress(request.headers);
    const keys = kind === "password" ? passwordKeys(email, address) : magicLinkKeys(email, address);
    const db = await getDb();
    const decision = await reserveAttempt(db, keys, new Date());
    if (!decision.ok) return tooMany(request, decision.retryAfterSeconds);

    const response = await handler(form.request, context);
    // Every link request counts toward the link limits; a failed password stays counted.
    if (kind === "password" && (await signedIn(response))) {
      await clearOnSuccess(db, keys);
      await releaseAttempt(db, keys);
    }
    return response;
  };
}

// The emailed link is opened (GET): when it signs the customer in, that inbox's link count is
// cleared, so a customer who uses their links is never held up by earlier resends. A query that
// names a parameter twice is refused: next-auth reads the last, and which inbox to clear must
// be the one whose link was used.
async function linkUsed(
  handler: Handler,
  request: Request,
  context: Parameters<Handler>[1],
  url: URL,
): Promise<Response> {
  const query = singleFields(url.searchParams);
  if (!query) return new Response("Bad request", { status: 400, headers: { "Cache-Control": "no-store" } });
  const response = await handler(request, context);
  const location = response.headers.get("location") ?? "";
  const email = query.email ?? "";
  if (email && response.status >= 300 && response.status < 400 && location && !location.includes("error=")) {
    await clearOnSuccess(await getDb(), magicLinkKeys(email, clientAddress(request.headers)));
  }
  return response;
}

// next-auth answers a failed credentials sign-in with 401 and ?error= in the
// URL it sends back; a success with 200 and the callback URL.
async function signedIn(response: Response): Promise<boolean> {
  if (response.status !== 200) return false;
  const location =
    response.headers.get("location") ??
    (
      (await response
        .clone()
        .json()
        .catch(() => ({}))) as { url?: string }
    ).url ??
    "";
  return !location.includes("error=");
}

function tooMany(request: Request, retryAfterSeconds: number): Response {
  return refused(request, 429, tooManyAttemptsError(retryAfterSeconds), { "Retry-After": String(retryAfterSeconds) });
}

// In the shape next-auth's client reads ({ url } with ?error=…), so the form shows a message, not a crash.
function refused(request: Request, status: number, error: string, headers: Record<string, string> = {}): Response {
  const url = new URL("/login", request.url);
  url.searchParams.set("error", error);
  return Response.json({ url: url.toString() }, { status, headers: { ...headers, "Cache-Control": "no-store" } });
}
