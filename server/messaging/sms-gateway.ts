import "server-only";
import crypto from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import { outboxDir } from "@/server/mail/outbox";

// SMS goes out through GatewayAPI (gatewayapi.com / gatewayapi.eu), a Danish provider that delivers
// to every Norwegian and Danish operator: POST /rest/mtsms with a token, JSON in, message ids out.
// Configure SMS_GATEWAYAPI_TOKEN (and SMS_SENDER, up to 11 letters or a number; SMS_GATEWAYAPI_URL
// for the US region or a test fake). Without a token, an SMS is written to the outbox folder the way
// mail is, so a demo shows what would have been sent.

export type Sms = { to: string; text: string; reference: string };
export type SmsSent = { providerId: string };

/** A refusal by the provider that trying again cannot mend (an invalid number, a bad sender). */
export class SmsRejected extends Error {}

const DEFAULT_URL = "https://gatewayapi.eu/rest/mtsms";

export function smsConfigured(): boolean {
  return Boolean(process.env.SMS_GATEWAYAPI_TOKEN);
}

export async function sendSms(sms: Sms): Promise<SmsSent> {
  if (!smsConfigured()) return writeToOutbox(sms);
  const response = await fetch(process.env.SMS_GATEWAYAPI_URL ?? DEFAULT_URL, {
    method: "POST",
    headers: { Authorization: `Token ${process.env.SMS_GATEWAYAPI_TOKEN}`, "Content-Type": "application/json" },
    body: JSON.stringify({
      sender: process.env.SMS_SENDER ?? "Reise",
      message: sms.text,
      recipients: [{ msisdn: Number(sms.to.replace(/\D/g, "")) }],
      // Comes back on delivery reports, so a report finds its message without our id leaving a trace elsewhere.
      userref: sms.reference,
    }),
    signal: AbortSignal.timeout(15_000),
  });
  const body = (await response.json().catch(() => null)) as { ids?: number[]; message?: string } | null;
  if (response.ok && body?.ids?.length) return { providerId: String(body.ids[0]) };
  const detail = `GatewayAPI answered ${response.status}${body?.message ? `: ${body.message}` : ""}`;
  // 4xx other than 429 is about this message (number, sender, text); 429 and 5xx pass and are retried.
  if (response.status >= 400 && response.status < 500 && response.status !== 429) throw new SmsRejected(detail);
  throw new Error(detail);
}

async function writeToOutbox(sms: Sms): Promise<SmsSent> {
  const dir = outboxDir();
  await fs.mkdir(dir, { recursive: true });
  const id = `${Date.now()}-${crypto.randomUUID().slice(0, 8)}`;
  const file = path.join(dir, `${id}-sms-${sms.to.replace(/[^0-9+]/g, "")}.json`);
  await fs.writeFile(file, JSON.stringify({ sms: true, ...sms, sentAt: new Date().toISOString() }, null, 2));
  console.log(`[outbox] SMS to ${sms.to} → ${path.relative(process.cwd(), file)}`);
  return { providerId: `outbox-${id}` };
}
