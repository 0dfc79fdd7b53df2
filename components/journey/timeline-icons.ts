import { rowIcon, type RowIconName } from "@/components/ui/row-icon";
import type { JourneyChannel } from "@/lib/validation/journey-filters";

// A touchpoint's channel and direction as row icons (components/ui/row-icon.ts): a class that
// app/globals.css draws in front of the element's text. A timeline page has thirty entries, and
// their two SVGs each were a third of an entry's bytes, in the HTML and again in the React payload.

const BY_CHANNEL: Record<JourneyChannel, RowIconName> = {
  WEB: "web",
  MOBILE: "mobile",
  CHAT: "chat",
  PHONE: "phone",
  EMAIL: "email",
  SMS: "sms",
  STORE: "store",
  EVENT: "event",
  SOCIAL: "social",
  REVIEW: "review",
  PARTNER: "partner",
  CAMPAIGN: "campaign",
};

export const channelIcon = (channel: JourneyChannel) => rowIcon(BY_CHANNEL[channel]);

export const directionIcon = (direction: "INBOUND" | "OUTBOUND") =>
  rowIcon(direction === "OUTBOUND" ? "outbound" : "inbound");
