import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { Channel, TouchpointKind } from "@/generated/prisma/enums";
import { isInboundBuyingSignal } from "@/lib/sla";
import { getSlaConfig } from "@/server/settings/sla";
import { scheduleClockJobs } from "./clock-jobs";
import { notify } from "./notify";
import { leadRecipients } from "./recipients";

// What a customer's signal sets in motion for the people behind the lead, in the transaction that
// writes it: a new lead tells its owner it is theirs; a buying signal on a lead already open
// tells its owner the customer wrote again; and a clock that started or moved gets its warning
// and breach planned. Browsing tells nobody.

export type SignalOutcome = {
  leadId: string | null;
  created: boolean;
  touchpointId: string;
  kind: TouchpointKind;
  channel: Channel;
};

export async function afterInboundSignal(
  tx: Prisma.TransactionClient,
  signal: SignalOutcome,
  now: Date,
): Promise<void> {
  if (!signal.leadId || !isInboundBuyingSignal(signal.kind)) return;
  const lead = await tx.lead.findUnique({
    where: { id: signal.leadId },
    select: { id: true, ownerId: true, teamId: true, slaDueAt: true, customer: { select: { teamId: true } } },
  });
  if (!lead) return;
  const { minutesByChannel } = await getSlaConfig(tx);
  await scheduleClockJobs(tx, lead, minutesByChannel[signal.channel]);
  if (signal.created) {
    if (!lead.ownerId) return; // unassigned: the team sees it live in the list; the clock tells them
    await notify(tx, {
      userIds: [lead.ownerId],
      kind: "LEAD_ASSIGNED",
      leadId: lead.id,
      key: `assigned:${lead.id}:${lead.ownerId}:new`,
      now,
    });
    return;
  }
  await notify(tx, {
    userIds: await leadRecipients(tx, lead, now),
    kind: "CUSTOMER_WROTE",
    leadId: lead.id,
    key: `wrote:${signal.touchpointId}`,
    data: { signal: signal.kind },
    now,
  });
}
