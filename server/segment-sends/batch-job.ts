import "server-only";
import { z } from "zod";
import type { Prisma, PrismaClient } from "@/generated/prisma/client";
import { nextSmsMoment, type QuietHoursCalendar } from "@/lib/messaging/quiet-hours";
import { renderMessage } from "@/lib/messaging/render";
import { defineJob } from "@/server/jobs/define";
import { enqueue } from "@/server/jobs/enqueue";
import { queueMessage } from "@/server/messaging/queue";
import { templateValuesFor } from "@/server/messaging/template-values";
import { getCalendarForTeam } from "@/server/teams/calendar";
import { addressOf, readAudienceBatch, skipReason } from "./audience";
import { sendAudience, segmentSendThrottle } from "./settings";

// One batch of a segment send, in ONE transaction: claim the send's version, read the next
// customers after the cursor, queue each one's message (key segment-send:<send>:<customer>), count
// the skipped, move the cursor and enqueue the next batch a little later. A worker that dies
// mid-batch commits none of it, and the runner's retry does the same batch again; one that dies
// after the commit leaves a job whose version is spent, which does nothing. Either way nobody is
// queued twice, and the message keys would refuse a second one anyway.

const payload = z.object({ sendId: z.guid(), version: z.number().int().min(0) });

export const segmentSendBatchJob = defineJob({
  kind: "segment-send.batch",
  payload,
  run: ({ sendId, version }, { prisma, now }) => runSegmentSendBatch(prisma, sendId, version, now).then(() => {}),
});

type Tx = Prisma.TransactionClient;

/** Enqueues the batch that continues a send at `version`, `delayMs` from now. */
export async function enqueueSegmentSendBatch(tx: Tx, sendId: string, version: number, now: Date, delayMs = 0) {
  await enqueue(tx, segmentSendBatchJob, {
    payload: { sendId, version },
    key: `${sendId}:${version}`,
    runAt: new Date(now.getTime() + delayMs),
  });
}

export type BatchOutcome = "stale" | "continued" | "done";

/** Test hook: called after each recipient inside the batch's transaction (a test throws to "die"). */
export type BatchHooks = { afterRecipient?: (customerId: string) => void | Promise<void> };

export async function runSegmentSendBatch(
  db: PrismaClient,
  sendId: string,
  version: number,
  now: Date,
  hooks: BatchHooks = {},
): Promise<BatchOutcome> {
  const { batchSize, intervalMs } = segmentSendThrottle();
  return db.$transaction(
    async (tx) => {
      // The claim: a paused, cancelled or finished send, or a copy of a job already run, stops here.
      const claimed = await tx.segmentSend.updateMany({
        where: { id: sendId, version, state: "RUNNING" },
        data: { version: { increment: 1 } },
      });
      if (claimed.count === 0) return "stale";
      const send = await tx.segmentSend.findUniqueOrThrow({
        where: { id: sendId },
        select: {
          segmentId: true,
          cursor: true,
          channel: true,
          filters: true,
          startedAt: true,
          template: { select: { id: true, subject: true, body: true } },
          startedBy: { select: { id: true, name: true, email: true, role: true, teamId: true } },
        },
      });
      const recipients = await readAudienceBatch(tx, sendAudience(send), send.cursor, batchSize);
      const counts = { queued: 0, skippedNoConsent: 0, skippedNoAddress: 0, skippedMissingValue: 0, skippedErased: 0 };
      const calendars = new Map<string | null, QuietHoursCalendar>();
      for (const recipient of recipients) {
        const reason = skipReason(recipient, send.channel);
        if (reason === "erased") counts.skippedErased++;
        else if (reason === "no_consent") counts.skippedNoConsent++;
        else if (reason === "no_address") counts.skippedNoAddress++;
        else {
          const values = await templateValuesFor(tx, {
            customerId: recipient.id,
            leadId: null,
            repName: send.startedBy.name,
          });
          const rendered = renderMessage(
            { subject: send.channel === "EMAIL" ? (send.template.subject ?? "") : null, body: send.template.body },
            values,
          );
          if (!rendered.ok) counts.skippedMissingValue++;
          else {
            // The runner's clock, not the process's: a pinned clock in tests and e2e runs.
            let sendAt = now;
            if (send.channel === "SMS") {
              if (!calendars.has(recipient.teamId))
                calendars.set(recipient.teamId, await getCalendarForTeam(tx, recipient.teamId));
              sendAt = nextSmsMoment(now, calendars.get(recipient.teamId)!);
            }
            const queued = await queueMessage(tx, {
              customerId: recipient.id,
              leadId: null,
              channel: send.channel,
              purpose: "MARKETING",
              address: addressOf(recipient, send.channel)!,
              subject: rendered.subject,
              body: rendered.body,
              templateId: send.template.id,
              // No sender: a bulk send's failures are counted on its page, not rung in the starter's bell.
              sentById: null,
              key: `segment-send:${sendId}:${recipient.id}`,
              segmentSendId: sendId,
              now,
              sendAt,
            });
            if (queued.created) counts.queued++;
          }
        }
        await hooks.afterRecipient?.(recipient.id);
      }
      const done = recipients.length < batchSize;
      const last = recipients.at(-1)?.id ?? send.cursor;
      await tx.segmentSend.update({
        where: { id: sendId },
        data: {
          cursor: last,
          ...Object.fromEntries(Object.entries(counts).map(([k, n]) => [k, { increment: n }])),
          ...(done ? { state: "DONE", finishedAt: now } : {}),
        },
        select: { id: true },
      });
      if (done) return "done";
      await enqueueSegmentSendBatch(tx, sendId, version + 1, now, intervalMs);
      return "continued";
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
}
