import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import { firstSighting, forgetSighting } from "@/server/rate-limit/seen-once";
import { takeToken } from "@/server/rate-limit/take-token";

// The HTTP edges shared by the provider webhooks (app/api/inbound/…): errors in the ingest API's
// one JSON shape, a body read no larger than we accept, a rate per caller, and a memory of the
// signed tokens already used (both in the database, shared by every instance). A provider retries
// on anything but 2xx (Mailgun stops on 406), so a refusal must be final only when trying again
// cannot help.

type Db = Pick<PrismaClient, "$queryRaw" | "$executeRaw">;

export type WebhookIssue = { path: string; message: string };

export function webhookError(
  status: number,
  code: string,
  message: string,
  extra: { issues?: WebhookIssue[]; headers?: HeadersInit } = {},
): Response {
  return Response.json(
    { error: { code, message, ...(extra.issues?.length ? { issues: extra.issues } : {}) } },
    { status, headers: { "Cache-Control": "no-store", ...extra.headers } },
  );
}

/** Providers post from a few addresses; far more than they send, far less than a flood. */
export const WEBHOOK_RATE = { perMinute: 600, burst: 300 } as const;

/**
 * The rate check for one webhook and caller (the first proxy hop's client address, as the ingest API
 * has none). The bucket is a row in the database, so every instance counts against one limit.
 */
export async function takeWebhookRate(db: Db, request: Request, hook: string, now: Date): Promise<Response | null> {
  const caller = request.headers.get("x-forwarded-for")?.split(",", 1)[0].trim() || "direct";
  const rate = await takeToken(db, `webhook:${hook}:${caller}`, WEBHOOK_RATE, now);
  if (rate.ok) return null;
  return webhookError(429, "rate_limited", `At most ${WEBHOOK_RATE.perMinute} requests a minute; try again shortly.`, {
    headers: { "Retry-After": String(rate.retryAfterSeconds) },
  });
}

/**
 * Whether a signed token was seen before within `ttlMs`, by any instance; remembers it if not. It stops
 * a captured request replayed at once; the message's provider id (unique) stops a later replay from
 * filing anything twice.
 */
export async function tokenSeenBefore(db: Db, token: string, now: Date, ttlMs: number): Promise<boolean> {
  return !(await firstSighting(db, token, now, ttlMs));
}

/** Forgets a token whose request was not recorded, so the provider's retry of it is taken. */
export function forgetToken(db: Db, token: string): Promise<void> {
  return forgetSighting(db, token);
}

/**
 * What may be logged of a failure while filing a reply: its kind and code, never its message, since
 * a database error can quote the values it was given, and those are the customer's words.
 */
export function loggableError(error: unknown): string {
  if (!(error instanceof Error)) return typeof error;
  const code = (error as { code?: unknown }).code;
  return typeof code === "string" ? `${error.name} ${code}` : error.name;
}

export type BytesRead = { ok: true; bytes: Uint8Array } | { ok: false };

/** The body's bytes, or not ok as soon as more than `limit` arrive (Content-Length can be absent or lie). */
export async function readBytesWithLimit(request: Request, limit: number): Promise<BytesRead> {
  const declared = Number(request.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > limit) return { ok: false };
  if (!request.body) return { ok: true, bytes: new Uint8Array() };
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => {});
      return { ok: false };
    }
    chunks.push(value);
  }
  return { ok: true, bytes: Buffer.concat(chunks) };
}
