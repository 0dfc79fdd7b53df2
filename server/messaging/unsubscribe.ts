import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import type { Locale } from "@/generated/prisma/enums";
import { consentNeeded } from "@/lib/messaging/consent";
import da from "@/messages/da/unsubscribe.json";
import en from "@/messages/en/unsubscribe.json";
import nb from "@/messages/nb/unsubscribe.json";
import { appBaseUrl } from "@/server/auth/password-link-mail";
import { writeConsentChange } from "@/server/customers/consent-service";

// One-click unsubscribe (RFC 8058) for marketing e-mail. The token is the message's own reply token:
// random, unique per message, and already in the customer's hands with that mail. The footer links
// to a page that asks before it withdraws (a link scanner's GET must never unsubscribe anyone); the
// List-Unsubscribe header names the POST endpoint mail clients call without asking. Either way the
// customer's MARKETING_EMAIL consent is withdrawn through the consent service, so the consent
// history says when and how ("unsubscribe link").

export const UNSUBSCRIBE_SOURCE = "unsubscribe link";
export const UNSUBSCRIBE_TOKEN = /^[a-z0-9]{8,40}$/;

const FOOTER: Record<Locale, string> = { en: en.mailFooter, nb: nb.mailFooter, da: da.mailFooter };

export function unsubscribeUrls(token: string): { page: string; oneClick: string } {
  const base = appBaseUrl().replace(/\/$/, "");
  return { page: `${base}/unsubscribe/${token}`, oneClick: `${base}/api/unsubscribe/${token}` };
}

/** What a marketing e-mail carries: the RFC 8058 headers and a footer line with the link. */
export function unsubscribeParts(token: string, locale: Locale) {
  const { page, oneClick } = unsubscribeUrls(token);
  return {
    headers: { "List-Unsubscribe": `<${oneClick}>`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" },
    footer: `\n\n--\n${FOOTER[locale].replace("{url}", page)}`,
  };
}

async function findByToken(db: PrismaClient, token: string) {
  // A route called without its token (or with anything else) finds nothing, rather than asking Prisma for undefined.
  if (typeof token !== "string" || !UNSUBSCRIBE_TOKEN.test(token)) return null;
  const message = await db.message.findUnique({
    where: { replyToken: token },
    select: {
      id: true,
      customerId: true,
      channel: true,
      purpose: true,
      direction: true,
      address: true,
      customer: { select: { erasedAt: true, consents: { select: { purpose: true, granted: true } } } },
    },
  });
  if (!message || message.direction !== "OUTBOUND" || message.purpose !== "MARKETING") return null;
  if (message.customer.erasedAt) return null;
  return message;
}

export type UnsubscribeView = { address: string; subscribed: boolean };

/** What the page shows for a token: the address (partly hidden) and whether it still gets marketing. */
export async function readUnsubscribe(db: PrismaClient, token: string): Promise<UnsubscribeView | null> {
  const message = await findByToken(db, token);
  if (!message) return null;
  const purpose = consentNeeded(message.channel, "MARKETING");
  return {
    address: maskAddress(message.address),
    subscribed: message.customer.consents.some((c) => c.purpose === purpose && c.granted),
  };
}

/** Withdraws the consent this message's link stands for. Clicking twice is fine. */
export async function unsubscribeByToken(db: PrismaClient, token: string, now: Date): Promise<"done" | "not_found"> {
  const message = await findByToken(db, token);
  if (!message) return "not_found";
  const purpose = consentNeeded(message.channel, "MARKETING")!;
  await db.$transaction(async (tx) => {
    await writeConsentChange(
      tx,
      { customerId: message.customerId, purpose, granted: false, source: UNSUBSCRIBE_SOURCE, recordedById: null },
      now,
    );
    await tx.message.updateMany({ where: { id: message.id, unsubscribedAt: null }, data: { unsubscribedAt: now } });
  });
  return "done";
}

/** "ka***@eksempel.no": enough for the customer to know it is theirs, not enough for a stranger. */
export function maskAddress(address: string): string {
  const at = address.indexOf("@");
  if (at < 0) return `${address.slice(0, 3)}***${address.slice(-2)}`;
  return `${address.slice(0, Math.min(2, at))}***${address.slice(at)}`;
}
