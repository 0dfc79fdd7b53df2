import "server-only";
import type { SendVerificationRequestParams } from "next-auth/providers/email";
import { sendMail } from "@/server/mail/outbox";
import { magicLinkAdapter } from "./adapter";

export async function sendMagicLink({ identifier, url, expires }: SendVerificationRequestParams) {
  const customer = await magicLinkAdapter.getUserByEmail!(identifier);
  if (!customer) return; // unknown address: say nothing, send nothing
  const minutes = Math.round((expires.getTime() - Date.now()) / 60_000);
  await sendMail({
    to: identifier,
    subject: "Your sign-in link for Reise",
    text: `Hello ${customer.name ?? ""},\n\nOpen this link to see your orders (valid for ${minutes} minutes, once):\n${url}\n\nIf you did not ask for it, ignore this email.`,
    html: `<p>Hello ${escapeHtml(customer.name ?? "")},</p><p><a href="${escapeHtml(url)}">Open your orders</a> (valid for ${minutes} minutes, once).</p><p>If you did not ask for it, ignore this email.</p>`,
  });
}

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
