import "server-only";
import crypto from "node:crypto";
import { z } from "zod";
import type { MailgunSignature } from "@/lib/messaging/webhook-signatures";
import type { InboundMessageInput } from "./inbound";
import type { WebhookIssue } from "./webhook-http";

// A reply as Mailgun's inbound route posts it (forward() to /api/inbound/email): a form, urlencoded
// or multipart when it has attachments (which we do not keep), with the parsed message's fields
// and every MIME header as a field of its own. What the customer wrote is stripped-text (Mailgun
// takes the quoted message they answer away); body-plain when that is empty.

export const INBOUND_EMAIL_MAX_BYTES = 30 * 1024 * 1024;

const text = (max: number) => z.string().max(max);
const mailgunSchema = z.object({
  timestamp: z.string().regex(/^\d{1,12}$/, "must be seconds since 1970"),
  token: z.string().min(1).max(200),
  signature: z.string().regex(/^[0-9a-fA-F]{64}$/, "must be a hex HMAC-SHA256"),
  recipient: text(5_000).min(1, "is required"),
  sender: text(1_000).optional(),
  from: text(1_000).optional(),
  To: text(5_000).optional(),
  Cc: text(5_000).optional(),
  subject: text(5_000).optional(),
  "body-plain": text(5_000_000).optional(),
  "stripped-text": text(5_000_000).optional(),
  "Message-Id": text(1_000).optional(),
  "message-headers": text(1_000_000).optional(),
  Date: text(200).optional(),
});

/** Only the signature, read before anything else: an unsigned post learns nothing about our checks. */
export function mailgunSignatureIn(form: FormData): MailgunSignature | null {
  const [timestamp, token, signature] = ["timestamp", "token", "signature"].map((k) => form.get(k));
  if (typeof timestamp !== "string" || typeof token !== "string" || typeof signature !== "string") return null;
  return { timestamp, token, signature };
}

export type ParsedReply = { ok: true; input: InboundMessageInput } | { ok: false; issues: WebhookIssue[] };

export function parseMailgunReply(form: FormData): ParsedReply {
  const fields: Record<string, string> = {};
  for (const [name, value] of form.entries()) if (typeof value === "string") fields[name] = value;
  const parsed = mailgunSchema.safeParse(fields);
  if (!parsed.success)
    return {
      ok: false,
      issues: parsed.error.issues.map((issue) => ({ path: issue.path.join("."), message: issue.message })),
    };
  const mail = parsed.data;
  const mailbox = parseMailbox(mail.from ?? mail.sender ?? "");
  if (!mailbox) return { ok: false, issues: [{ path: "from", message: "is not an e-mail address" }] };
  const headers = headerList(mail["message-headers"]);
  const messageId = mail["Message-Id"] ?? header(headers, "message-id");
  const sentAt = Date.parse(mail.Date ?? header(headers, "date") ?? "");
  const body = mail["stripped-text"]?.trim() ? mail["stripped-text"] : (mail["body-plain"] ?? "");
  return {
    ok: true,
    input: {
      channel: "EMAIL",
      providerId: messageIdOf(messageId) ?? contentId(mailbox.email, mail.subject, body, mail.Date),
      from: mailbox.email,
      name: mailbox.name,
      recipients: [mail.recipient, mail.To, mail.Cc, header(headers, "to"), header(headers, "cc")].filter(
        (a): a is string => Boolean(a),
      ),
      subject: mail.subject ?? null,
      text: body,
      sentAt: Number.isFinite(sentAt) ? new Date(sentAt) : new Date(Number(mail.timestamp) * 1000),
    },
  };
}

const emailSchema = z.email();

/** "Kari Nordmann <Kari@Example.no>" → { email: "kari@example.no", name: "Kari Nordmann" }. */
export function parseMailbox(value: string): { email: string; name: string | null } | null {
  const angle = value.match(/^\s*"?([^"<]*?)"?\s*<([^>]+)>\s*$/);
  const email = (angle ? angle[2] : value).trim().toLowerCase();
  if (email.length > 254 || !emailSchema.safeParse(email).success) return null;
  const name = angle?.[1].replace(/\s+/g, " ").trim().slice(0, 120) || null;
  return { email, name };
}

/** The Message-Id without its angle brackets: Mailgun's events name it that way. */
export function messageIdOf(value: string | null | undefined): string | null {
  const id = value?.trim().replace(/^<|>$/g, "").trim();
  return id ? id.slice(0, 500) : null;
}

function headerList(json: string | undefined): [string, string][] {
  if (!json) return [];
  try {
    const list: unknown = JSON.parse(json);
    return Array.isArray(list)
      ? list.filter(
          (h): h is [string, string] => Array.isArray(h) && typeof h[0] === "string" && typeof h[1] === "string",
        )
      : [];
  } catch {
    return [];
  }
}

const header = (list: [string, string][], name: string) => list.find(([n]) => n.toLowerCase() === name)?.[1];

/** A mail without a Message-Id (rare, broken clients) is known by what it says: a retry files it once. */
function contentId(from: string, subject: string | undefined, body: string, date: string | undefined): string {
  const hash = crypto.createHash("sha256").update(JSON.stringify([from, subject ?? "", body, date ?? ""]));
  return `sha256:${hash.digest("hex").slice(0, 40)}`;
}
