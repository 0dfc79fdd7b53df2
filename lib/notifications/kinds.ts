import { NotificationKind } from "@/generated/prisma/enums";

export type { NotificationKind };

/** Every kind, in the order the preferences page lists them. */
export const NOTIFICATION_KINDS = Object.values(NotificationKind) as NotificationKind[];

/** The channels a notification may travel beyond the bell, which always has it. */
export const DELIVERY_CHANNELS = ["email", "push"] as const;
export type DeliveryChannel = (typeof DELIVERY_CHANNELS)[number];
