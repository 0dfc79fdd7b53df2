import "server-only";
import type { SendVerificationRequestParams } from "next-auth/providers/email";
import { sendMail } from "@/server/mail/outbox";
import { sendAfterResponse } from "@/server/mail/send-later";
import { magicLinkAdapter } from "./adapter";

// The answer to "send me a link" must not tell a stranger whether the address is a customer's:
// with a real SMTP server, sending takes a while, and unknown addresses are never mailed. So the
// lookup and the sending both happen after the answer, and every request answers alike.
export async function sendMagicLink({ identifier, url, expires }: SendVerificationRequestParams) {
  const minutes = Math.round((expires.getTime() - Date.now()) / 60_000);
  sendAfterResponse("sign-in link", async () => {
    const customer = await magicLinkAdapter.getUserByEmail!(identifier);
    if (!customer) return; // unknown address: say nothing, send nothing
    await sendMail({
      to: identifier,
      subject: "Your sign-in link for Reise",
      text: `Hello ${customer.name ?? ""},\n\nOpen this link to see your orders (valid for ${minutes} minutes, once):\n${url}\n\nIf you did not ask for it, ignore this email.`,
      html: `<p>Hello ${escapeHtml(customer.name ?? "")},</p><p><a href="${escapeHtml(url)}">Open your orders</a> (valid for ${minutes} minutes, once).</p><p>If you did not ask for it, ignore this email.</p>`,
    });
  });
}

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
