import "server-only";
import crypto from "node:crypto";

// Every outbound e-mail carries its own Reply-To, reply+<token>@<REISE_REPLY_DOMAIN>: the token is
// random and unique per message, so a reply is filed on the customer and lead it answers without
// trusting the From header, which anyone can forge. The domain's MX points at the inbound webhook's
// provider or at Reise's own SMTP listener (README, "Replies").

const DEFAULT_DOMAIN = "reply.reise.test";

export function replyDomain(): string {
  return (process.env.REISE_REPLY_DOMAIN ?? DEFAULT_DOMAIN).toLowerCase();
}

export function newReplyToken(): string {
  return crypto
    .randomBytes(12)
    .toString("base64url")
    .toLowerCase()
    .replace(/[^a-z0-9]/g, "x");
}

export function replyAddressFor(token: string): string {
  return `reply+${token}@${replyDomain()}`;
}

/** The token of a reply address in any of the message's recipients ("Name <reply+abc@…>" included). */
export function replyTokenIn(addresses: readonly string[]): string | null {
  const domain = replyDomain().replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const pattern = new RegExp(`reply\\+([a-z0-9]{8,40})@${domain}`, "i");
  for (const address of addresses) {
    const match = address.match(pattern);
    if (match) return match[1].toLowerCase();
  }
  return null;
}
