import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import { notify } from "@/server/notifications/notify";

// A message that did not reach the customer (a number the provider refused, a bounced address, a
// delivery cut off mid-send) is marked on the timeline, and whoever sent it is told: they believe
// the customer has their answer, and the customer is still waiting. Automations' and segment sends'
// messages have no sender to tell; their pages count them.

export async function markNotDelivered(
  tx: Prisma.TransactionClient,
  messageId: string,
  status: "FAILED" | "BOUNCED",
  error: string,
  now: Date,
): Promise<void> {
  const message = await tx.message.update({
    where: { id: messageId },
    data: { status, error: error.slice(0, 300) },
    select: { sentById: true, leadId: true, channel: true },
  });
  if (!message.sentById) return;
  await notify(tx, {
    userIds: [message.sentById],
    kind: "MESSAGE_NOT_DELIVERED",
    leadId: message.leadId,
    key: `not-delivered:${messageId}`,
    data: { channel: message.channel },
    now,
  });
}
