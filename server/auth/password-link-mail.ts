import "server-only";
import type { PasswordLinkPurpose } from "@/generated/prisma/client";
import { sendMail } from "@/server/mail/outbox";
import { passwordLinkUrl, type PasswordLink } from "./password-links";

// The e-mail that carries a password link: an invitation or a reset. Like the
// customers' sign-in mail, it is in English for now.

/** The public URL the links point at (start.mjs always sets NEXTAUTH_URL). */
export function appBaseUrl(): string {
  return process.env.NEXTAUTH_URL ?? `http://localhost:${process.env.PORT ?? 3000}`;
}

const WORDING: Record<
  Exclude<PasswordLinkPurpose, "SETUP">,
  { subject: string; lead: string; action: string; ignore: string }
> = {
  INVITE: {
    subject: "You are invited to Reise",
    lead: "you have been given a staff account in Reise. Choose your password to sign in",
    action: "Choose your password",
    ignore: "If you did not expect this, ignore this email; the link then expires.",
  },
  RESET: {
    subject: "Reset your Reise password",
    lead: "someone (we hope you) asked to reset your Reise password. Choose a new one",
    action: "Choose a new password",
    ignore: "If you did not ask for it, ignore this email: your password stays as it is.",
  },
};

export async function sendPasswordLinkMail(
  to: { email: string; name: string },
  purpose: "INVITE" | "RESET",
  link: PasswordLink,
): Promise<void> {
  const url = passwordLinkUrl(link.token, appBaseUrl());
  const until = `${link.expiresAt.toISOString().slice(0, 16).replace("T", " ")} UTC`;
  const w = WORDING[purpose];
  await sendMail({
    to: to.email,
    subject: w.subject,
    text: `Hello ${to.name},\n\n${w.lead} (the link works once, until ${until}):\n${url}\n\n${w.ignore}`,
    html: `<p>Hello ${escapeHtml(to.name)},</p><p>${w.lead}: <a href="${escapeHtml(url)}">${w.action}</a> (the link works once, until ${until}).</p><p>${w.ignore}</p>`,
  });
}

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
