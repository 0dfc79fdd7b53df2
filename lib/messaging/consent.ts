import type { ConsentPurpose, MessageChannel, MessagePurpose } from "@/generated/prisma/enums";

// Which consent a message needs before it may go out. Marketing needs the customer's prior consent
// for the channel (markedsføringsloven § 15 in Norway, markedsføringsloven § 10 in Denmark): e-mail
// needs MARKETING_EMAIL, SMS needs SMS. An answer to the customer's own request and care of what they
// bought are not marketing and need none. Checked when the message is sent, never when it was planned.

export function consentNeeded(channel: MessageChannel, purpose: MessagePurpose): ConsentPurpose | null {
  if (purpose !== "MARKETING") return null;
  return channel === "EMAIL" ? "MARKETING_EMAIL" : "SMS";
}
