import { Channel } from "@/generated/prisma/enums";

/** Every channel a signal can come through, in the schema's order (prisma/schema.prisma). Safe in the browser. */
export const CHANNELS = Object.values(Channel);
