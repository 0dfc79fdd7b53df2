import "server-only";
import { NextRequest } from "next/server";
import { readBodyWithLimit } from "@/server/touchpoints/http";

// next-auth reads a sign-in body as JSON when its Content-Type merely contains
// "application/json", as a form when it contains "application/x-www-form-
// urlencoded", and keeps the last of two fields of one name. Any other reader
// can be shown a body that it reads one way and next-auth another (a decoy
// email for the throttle, the victim's for bcrypt). So the sign-in endpoints
// take only what next-auth's client sends: the form encoding, in UTF-8, each
// field once. The body is read here, once, and next-auth is handed that text.

const FORM = "application/x-www-form-urlencoded";
const FORM_TYPE = /^application\/x-www-form-urlencoded[ \t]*(;[ \t]*charset=("utf-8"|utf-8)[ \t]*)?$/i;
// A sign-in form is a handful of short fields; the email and password schemas cap them far below this.
const MAX_BODY_BYTES = 8 * 1024;

export type SignInForm =
  | { ok: true; fields: Record<string, string>; request: NextRequest }
  | { ok: false; status: 400 | 413 | 415; error: "UnsupportedContentType" | "BodyTooLarge" | "MalformedForm" };

export async function readSignInForm(request: Request): Promise<SignInForm> {
  if (!FORM_TYPE.test(request.headers.get("content-type") ?? ""))
    return { ok: false, status: 415, error: "UnsupportedContentType" };
  const body = await readBodyWithLimit(request, MAX_BODY_BYTES);
  if (!body.ok)
    return body.reason === "too_large"
      ? { ok: false, status: 413, error: "BodyTooLarge" }
      : { ok: false, status: 400, error: "MalformedForm" };
  const fields = singleFields(new URLSearchParams(body.text));
  if (!fields) return { ok: false, status: 400, error: "MalformedForm" };
  const headers = new Headers(request.headers);
  headers.set("content-type", FORM); // next-auth's check is case-sensitive
  headers.delete("content-length");
  return {
    ok: true,
    fields,
    request: new NextRequest(request.url, { method: request.method, headers, body: body.text }),
  };
}

/** The fields, or null when any name comes twice (readers disagree on which one counts). */
export function singleFields(params: URLSearchParams): Record<string, string> | null {
  const fields = new Map<string, string>();
  for (const [name, value] of params) {
    if (fields.has(name)) return null;
    fields.set(name, value);
  }
  return Object.fromEntries(fields);
}
