import { INGEST_MAX_BODY_BYTES, ingestIssues, touchpointIngestSchema } from "@/lib/validation/touchpoint-ingest";
import { authenticateApiKey } from "@/server/api-keys/keys";
import { API_KEY_RATE, takeApiKeyToken } from "@/server/api-keys/rate-limit";
import { hasScope } from "@/lib/api-scopes";
import { getDb } from "@/server/db";
import { apiError, isJsonContentType, readBodyWithLimit } from "@/server/touchpoints/http";
import { ingestTouchpoint } from "@/server/touchpoints/ingest";

export const dynamic = "force-dynamic";

// Buying signals from website chat, forms, store systems and partners.
// Authenticated by API key (Settings → API keys); see server/touchpoints/ingest.ts
// for what one signal writes. The order of checks spends nothing on a caller
// we will refuse: key, rate, media type, size, JSON, then the fields.
export async function POST(request: Request) {
  const now = new Date();
  const db = await getDb();
  const key = await authenticateApiKey(db, request.headers.get("authorization"), now);
  if (!key) {
    return apiError(401, "unauthorized", "Send an active API key as 'Authorization: Bearer rk_live_…'.", {
      headers: { "WWW-Authenticate": 'Bearer realm="reise"' },
    });
  }
  const rate = await takeApiKeyToken(db, key.id, now);
  if (!rate.ok) {
    return apiError(
      429,
      "rate_limited",
      `At most ${API_KEY_RATE.perMinute} requests a minute per key; try again shortly.`,
      {
        headers: { "Retry-After": String(rate.retryAfterSeconds) },
      },
    );
  }
  if (!hasScope(key.scopes, "touchpoints", "write")) {
    return apiError(403, "forbidden", "This API key may not send signals (it lacks the touchpoints:write scope).");
  }
  if (!isJsonContentType(request.headers.get("content-type"))) {
    return apiError(415, "unsupported_media_type", "Send the signal as JSON with 'Content-Type: application/json'.");
  }
  const body = await readBodyWithLimit(request, INGEST_MAX_BODY_BYTES);
  if (!body.ok) {
    return body.reason === "too_large"
      ? apiError(413, "payload_too_large", `The body may be at most ${INGEST_MAX_BODY_BYTES / 1024} kB.`)
      : apiError(400, "invalid_json", "The body is not valid UTF-8.");
  }
  let json: unknown;
  try {
    json = JSON.parse(body.text);
  } catch {
    return apiError(400, "invalid_json", "The body is not valid JSON.");
  }
  const parsed = touchpointIngestSchema(now).safeParse(json);
  if (!parsed.success) {
    return apiError(400, "validation_failed", "Some fields are missing or wrong; see issues.", {
      issues: ingestIssues(parsed.error),
    });
  }

  try {
    const result = await ingestTouchpoint(db, key, parsed.data, now);
    switch (result.status) {
      case "unauthorized":
        return apiError(401, "unauthorized", "This API key was revoked.");
      case "invalid":
        return apiError(400, "validation_failed", "Some fields are missing or wrong; see issues.", {
          issues: result.issues,
        });
      default: {
        const { status, ...outcome } = result;
        return Response.json(outcome, {
          status: status === "created" ? 201 : 200,
          headers: { "Cache-Control": "no-store" },
        });
      }
    }
  } catch (error) {
    // Logged for us; the caller gets no internals, and may retry with the same externalId safely.
    console.error("[ingest] failed to record a touchpoint", error);
    return apiError(
      500,
      "internal_error",
      "The signal was not recorded. Retry with the same externalId; it will not be recorded twice.",
    );
  }
}
