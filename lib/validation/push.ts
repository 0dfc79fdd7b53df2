import { z } from "zod";
import { safeCallbackPath } from "@/lib/callback-url";

// Web Push input (server/push/). A subscription is what the browser's PushSubscription.toJSON()
// gives; the server will POST to its endpoint, so only a push service's address is accepted:
// https, a host name (no IP literal, no localhost, no single-label intranet name). Plain http to
// this machine is for tests and development only, when the server says so (allowLocalHttp).

const MAX_ENDPOINT = 2048;
const LOCAL_HOSTS = new Set(["127.0.0.1", "localhost", "[::1]"]);

export function pushEndpointAllowed(endpoint: string, { allowLocalHttp = false } = {}): boolean {
  if (endpoint.length > MAX_ENDPOINT || !URL.canParse(endpoint)) return false;
  const url = new URL(endpoint);
  if (url.username || url.password) return false;
  if (url.protocol === "http:") return allowLocalHttp && LOCAL_HOSTS.has(url.hostname);
  if (url.protocol !== "https:") return false;
  const host = url.hostname;
  const ipLiteral = host.startsWith("[") || /^[\d.]+$/.test(host);
  return !ipLiteral && host !== "localhost" && host.includes(".") && !host.endsWith(".localhost");
}

/** The bytes of a base64url string, or null. */
function base64UrlBytes(value: string): number | null {
  if (!/^[A-Za-z0-9_-]+={0,2}$/.test(value)) return null;
  try {
    return atob(value.replace(/-/g, "+").replace(/_/g, "/").replace(/=+$/, "")).length;
  } catch {
    return null;
  }
}

export function pushSubscriptionSchema({ allowLocalHttp = false } = {}) {
  return z.object({
    endpoint: z.string().refine((e) => pushEndpointAllowed(e, { allowLocalHttp }), "endpoint"),
    expirationTime: z.number().nullable().optional(),
    keys: z.object({
      // The browser's P-256 public key, uncompressed (65 bytes), and its 16-byte auth secret.
      p256dh: z
        .string()
        .max(100)
        .refine((k) => base64UrlBytes(k) === 65, "p256dh"),
      auth: z
        .string()
        .max(40)
        .refine((k) => base64UrlBytes(k) === 16, "auth"),
    }),
  });
}

export type PushSubscriptionInput = z.infer<ReturnType<typeof pushSubscriptionSchema>>;

/** Identifies this device's subscription in the on/off/test actions. */
export const pushEndpointSchema = z.object({ endpoint: z.string().min(1).max(MAX_ENDPOINT) });

// What a notification may carry. It shows on a lock screen: a short title and line (a customer's
// first name and what happened), never the text of a customer's message. The encrypted payload
// must stay under the push services' 4 kB, which these limits keep far from.
export const PUSH_LIMITS = { title: 80, body: 180, tag: 64 } as const;

export const pushMessageSchema = z.object({
  title: z.string().trim().min(1).max(PUSH_LIMITS.title),
  body: z.string().trim().max(PUSH_LIMITS.body),
  /** Where a tap leads: a path on this site, never another origin. */
  url: z.string().refine((u) => safeCallbackPath(u) === u, "url must be a same-origin path"),
  /** One notification per tag on a device: a newer one with the same tag replaces it (and alerts again). */
  tag: z
    .string()
    .min(1)
    .max(PUSH_LIMITS.tag)
    .regex(/^[\w.:-]+$/),
  /** "high" for what cannot wait (a breached response time): the push service wakes the device. */
  urgency: z.enum(["normal", "high"]).default("normal"),
});

export type PushMessage = z.output<typeof pushMessageSchema>;
export type PushMessageInput = z.input<typeof pushMessageSchema>;
