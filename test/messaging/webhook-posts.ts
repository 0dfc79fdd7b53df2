import crypto from "node:crypto";
import { mailgunSignatureOf, signHs256Jwt } from "../../lib/messaging/webhook-signatures";

// What the providers post to Reise's webhooks, signed as they sign it, for tests: an SMS reply and
// a delivery report from GatewayAPI, an inbound e-mail from Mailgun's route. Each builds a Request
// (for a route handler called in-process) or posts to a running app (`baseUrl`, e.g. the e2e
// server's http://127.0.0.1:3221): the paths are /api/inbound/sms and /api/inbound/email.

export type SmsReply = {
  /** The customer's number, E.164 ("+4791234567") or digits. */
  from: string;
  text: string;
  /** GatewayAPI's id for the incoming SMS; a new one by default. Post the same id twice to test a retry. */
  id?: number;
  /** Our number or keyword it was sent to. */
  receiver?: number;
  sentAt?: Date;
};

let serial = Math.floor(Date.now() / 1000) % 1_000_000;
const nextId = () => 9_000_000_000 + ++serial;

export function gatewayApiReplyBody(reply: SmsReply): Record<string, unknown> {
  return {
    id: reply.id ?? nextId(),
    msisdn: Number(reply.from.replace(/\D/g, "")),
    receiver: reply.receiver ?? 4512345678,
    message: reply.text,
    senttime: Math.floor((reply.sentAt ?? new Date()).getTime() / 1000),
    webhook_label: "reise",
  };
}

export type SmsReport = { messageId: string; providerId?: number; status: string; msisdn?: string; error?: string };

export function gatewayApiReportBody(report: SmsReport): Record<string, unknown> {
  return {
    id: report.providerId ?? nextId(),
    msisdn: Number((report.msisdn ?? "4791234567").replace(/\D/g, "")),
    time: Math.floor(Date.now() / 1000),
    status: report.status,
    userref: report.messageId,
    ...(report.error ? { error: report.error, code: "0x0200" } : {}),
  };
}

/** The request GatewayAPI makes: JSON, with a JWT (HS256, under `secret`) in X-Gwapi-Signature. */
export function gatewayApiRequest(url: string, body: Record<string, unknown>, secret: string): Request {
  return new Request(url, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      "x-gwapi-signature": signHs256Jwt({ id: body.id, api_key: 1 }, secret),
    },
    body: JSON.stringify(body),
  });
}

export function postSmsReply(baseUrl: string, reply: SmsReply, secret: string): Promise<Response> {
  return fetch(gatewayApiRequest(`${baseUrl}/api/inbound/sms`, gatewayApiReplyBody(reply), secret));
}

export function postSmsReport(baseUrl: string, report: SmsReport, secret: string): Promise<Response> {
  return fetch(gatewayApiRequest(`${baseUrl}/api/inbound/sms`, gatewayApiReportBody(report), secret));
}

export type EmailReply = {
  /** Who wrote, as the From header says it: "Kari Nordmann <kari@example.no>". */
  from: string;
  /** The address it was sent to: a message's reply address (reply+token@…) for a reply. */
  to: string;
  subject?: string;
  /** What they wrote; the quoted message is added to body-plain and left out of stripped-text. */
  text: string;
  /** The Message-Id header; a new one by default. Post the same one twice to test a retry. */
  messageId?: string;
  /** The signature's time; now by default (older than 15 minutes is refused). */
  signedAt?: Date;
};

/** The form fields Mailgun's forward() route posts, signed with `signingKey`. */
export function mailgunReplyForm(reply: EmailReply, signingKey: string): URLSearchParams {
  const timestamp = String(Math.floor((reply.signedAt ?? new Date()).getTime() / 1000));
  const token = crypto.randomBytes(25).toString("hex");
  const messageId = reply.messageId ?? `<${crypto.randomUUID()}@mail.example.no>`;
  const sender = reply.from.match(/<([^>]+)>/)?.[1] ?? reply.from;
  return new URLSearchParams({
    recipient: reply.to,
    sender,
    from: reply.from,
    To: reply.to,
    subject: reply.subject ?? "Re: Your enquiry",
    "body-plain": `${reply.text}\n\nOn an earlier day, Reise wrote:\n> Our message`,
    "stripped-text": reply.text,
    "Message-Id": messageId,
    "message-headers": JSON.stringify([
      ["Message-Id", messageId],
      ["From", reply.from],
      ["To", reply.to],
    ]),
    timestamp,
    token,
    signature: mailgunSignatureOf(signingKey, timestamp, token),
  });
}

export function mailgunRequest(url: string, form: URLSearchParams): Request {
  return new Request(url, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: form.toString(),
  });
}

export function postEmailReply(baseUrl: string, reply: EmailReply, signingKey: string): Promise<Response> {
  return fetch(mailgunRequest(`${baseUrl}/api/inbound/email`, mailgunReplyForm(reply, signingKey)));
}
