import type { ReactNode, SVGProps } from "react";
import type { JourneyChannel } from "@/lib/validation/journey-filters";
import { CalendarIcon, ChatIcon, GlobeIcon, MailIcon, PhoneIcon, StarIcon, StoreIcon } from "@/components/ui/icons";

// Channel icons for the timeline. Most come from components/ui/icons; the few
// channels it has no icon for are drawn here in the same Lucide style.

function icon(paths: ReactNode) {
  return function Icon(props: SVGProps<SVGSVGElement>) {
    return (
      <svg
        viewBox="0 0 24 24"
        width="1em"
        height="1em"
        fill="none"
        stroke="currentColor"
        strokeWidth={2}
        strokeLinecap="round"
        strokeLinejoin="round"
        aria-hidden
        focusable="false"
        {...props}
      >
        {paths}
      </svg>
    );
  };
}

const SmartphoneIcon = icon(
  <>
    <rect x="5" y="2" width="14" height="20" rx="2" />
    <path d="M12 18h.01" />
  </>,
);
const SmsIcon = icon(
  <>
    <path d="M21 15a2 2 0 0 1-2 2H7l-4 4V5a2 2 0 0 1 2-2h14a2 2 0 0 1 2 2z" />
    <path d="M8 9h8M8 13h5" />
  </>,
);
const MegaphoneIcon = icon(
  <>
    <path d="m3 11 18-5v12L3 13v-2z" />
    <path d="M11.6 16.8a3 3 0 1 1-5.8-1.6" />
  </>,
);
const HandshakeIcon = icon(
  <path d="m11 17 2 2a1 1 0 1 0 3-3M14 14l2.5 2.5a1 1 0 1 0 3-3l-3.88-3.88a3 3 0 0 0-4.24 0l-.88.88a1 1 0 1 1-3-3l2.81-2.81a5.79 5.79 0 0 1 7.06-.87l.47.28a2 2 0 0 0 1.42.25L21 4M21 3l1 11h-2M3 3 2 14l6.5 6.5a1 1 0 1 0 3-3M3 4h8" />,
);
const AtSignIcon = icon(
  <>
    <circle cx="12" cy="12" r="4" />
    <path d="M16 8v5a3 3 0 0 0 6 0v-1a10 10 0 1 0-4 8" />
  </>,
);
export const InboundIcon = icon(<path d="M17 7 7 17M17 17H7V7" />);
export const OutboundIcon = icon(<path d="M7 17 17 7M7 7h10v10" />);

const BY_CHANNEL: Record<JourneyChannel, (props: SVGProps<SVGSVGElement>) => ReactNode> = {
  WEB: GlobeIcon,
  MOBILE: SmartphoneIcon,
  CHAT: ChatIcon,
  PHONE: PhoneIcon,
  EMAIL: MailIcon,
  SMS: SmsIcon,
  STORE: StoreIcon,
  EVENT: CalendarIcon,
  SOCIAL: AtSignIcon,
  REVIEW: StarIcon,
  PARTNER: HandshakeIcon,
  CAMPAIGN: MegaphoneIcon,
};

export function ChannelIcon({ channel, className }: { channel: JourneyChannel; className?: string }) {
  const Icon = BY_CHANNEL[channel];
  return <Icon className={className} aria-hidden />;
}
