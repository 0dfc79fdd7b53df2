import "server-only";
import type { IngestIssue } from "@/lib/validation/touchpoint-ingest";

// The HTTP edges of the ingest API: reading a body no larger than we accept,
// and errors in one JSON shape, { error: { code, message, issues? } }, so an
// integrator's code can branch on `code` and a person can read `message`.

export type ErrorCode =
  | "unauthorized"
  | "forbidden"
  | "rate_limited"
  | "unsupported_media_type"
  | "payload_too_large"
  | "invalid_json"
  | "validation_failed"
  | "internal_error";

export function apiError(
  status: number,
  code: ErrorCode,
  message: string,
  extra: { issues?: IngestIssue[]; headers?: HeadersInit } = {},
) {
  return Response.json(
    { error: { code, message, ...(extra.issues ? { issues: extra.issues } : {}) } },
    { status, headers: { "Cache-Control": "no-store", ...extra.headers } },
  );
}

/** application/json, with or without parameters (charset). */
export function isJsonContentType(header: string | null): boolean {
  const type = header?.split(";", 1)[0].trim().toLowerCase();
  return type === "application/json";
}

export type BodyRead = { ok: true; text: string } | { ok: false; reason: "too_large" | "invalid_encoding" };

/**
 * The body as text, or too_large as soon as more than `limit` bytes arrive.
 * Content-Length is checked first, but it can be absent (chunked) or lie, so
 * the bytes actually read are counted too and reading stops at the limit.
 */
export async function readBodyWithLimit(request: Request, limit: number): Promise<BodyRead> {
  const declared = Number(request.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > limit) return { ok: false, reason: "too_large" };
  if (!request.body) return { ok: true, text: "" };
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => {});
      return { ok: false, reason: "too_large" };
    }
    chunks.push(value);
  }
  try {
    return { ok: true, text: new TextDecoder("utf-8", { fatal: true }).decode(Buffer.concat(chunks)) };
  } catch {
    return { ok: false, reason: "invalid_encoding" };
  }
}
