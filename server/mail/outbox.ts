import "server-only";
import crypto from "node:crypto";
import fs from "node:fs/promises";
import path from "node:path";
import nodemailer from "nodemailer";

export type Mail = {
  to: string;
  subject: string;
  text: string;
  html?: string;
  /** Where the customer's answer goes: a message's per-thread reply address (server/messaging/reply-address.ts). */
  replyTo?: string;
  /** Extra headers, e.g. List-Unsubscribe on marketing mail. */
  headers?: Record<string, string>;
};

const FROM = process.env.MAIL_FROM ?? "Reise <no-reply@reise.test>";

/** Where mail goes when no SMTP server is configured (SMTP_URL unset). */
export function outboxDir(): string {
  return path.resolve(/*turbopackIgnore: true*/ process.env.REISE_OUTBOX_DIR ?? path.join("data", "outbox"));
}

/** Whether mail leaves this server (SMTP_URL set), or only lands in the outbox folder. */
export function mailServerConfigured(): boolean {
  return Boolean(process.env.SMTP_URL?.trim());
}

/**
 * Sends through SMTP_URL when set; otherwise writes the message as JSON to the
 * outbox folder and logs one line, so a demo or a test can pick it up.
 */
export async function sendMail(mail: Mail): Promise<{ messageId: string }> {
  if (mailServerConfigured()) {
    const transport = nodemailer.createTransport(process.env.SMTP_URL!.trim());
    const info = await transport.sendMail({ from: FROM, ...mail });
    return { messageId: String(info.messageId ?? "") };
  }
  const dir = outboxDir();
  await fs.mkdir(dir, { recursive: true });
  const safeTo = mail.to.replace(/[^a-z0-9@._-]/gi, "_");
  // The clock first, so names sort by time; the random part keeps two mails to one address in the same millisecond
  // apart.
  const file = path.join(dir, `${Date.now()}-${crypto.randomUUID().slice(0, 8)}-${safeTo}.json`);
  await fs.writeFile(file, JSON.stringify({ from: FROM, ...mail, sentAt: new Date().toISOString() }, null, 2));
  console.log(`[outbox] mail to ${mail.to}: "${mail.subject}" → ${path.relative(process.cwd(), file)}`);
  return { messageId: path.basename(file, ".json") };
}
