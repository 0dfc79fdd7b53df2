import "server-only";
import { z } from "zod";
import type { Prisma, PrismaClient } from "@/generated/prisma/client";
import { OPEN_STAGES } from "@/lib/lead-stages";
import { defineJob } from "@/server/jobs/define";
import { enqueue } from "@/server/jobs/enqueue";
import { notify } from "./notify";
import { leadRecipients } from "./recipients";

// A planned follow-up tells its owner when it is due. The job carries the time it was planned
// for and stays quiet if the lead has closed or the follow-up was moved since (the new time has
// its own job).

const payload = z.object({ leadId: z.string().uuid(), at: z.iso.datetime() });

export async function scheduleFollowUpDue(tx: Prisma.TransactionClient, leadId: string, at: Date | null) {
  if (!at) return;
  const iso = at.toISOString();
  await enqueue(tx, followUpDueJob, { payload: { leadId, at: iso }, key: `${leadId}:${iso}`, runAt: at });
}

async function tellDue(db: PrismaClient, p: z.output<typeof payload>, now: Date): Promise<void> {
  await db.$transaction(async (tx) => {
    const lead = await tx.lead.findFirst({
      where: { id: p.leadId, stage: { in: [...OPEN_STAGES] }, nextFollowUpAt: new Date(p.at) },
      select: { id: true, ownerId: true, teamId: true, customer: { select: { teamId: true } } },
    });
    if (!lead) return;
    await notify(tx, {
      userIds: await leadRecipients(tx, lead, now),
      kind: "FOLLOW_UP_DUE",
      leadId: lead.id,
      key: `follow-up:${lead.id}:${p.at}`,
      now,
    });
  });
}

export const followUpDueJob = defineJob({
  kind: "follow-up.due",
  payload,
  run: (p, { prisma, now }) => tellDue(prisma, p, now),
});
