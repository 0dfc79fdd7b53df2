import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import { segmentWhere } from "@/server/access/segment";
import { recordAudit } from "@/server/audit";
import type { AppSession } from "@/server/auth/session";
import { enqueueSegmentSendBatch } from "./batch-job";

// Pause, resume and cancel. Each bumps the send's version, so the batch job already waiting in the
// queue finds its version spent and does nothing; resume enqueues a fresh batch at the cursor.
// Messages already queued stay queued: pausing stops the walk, not deliveries due in a moment.

export type SendControl = "pause" | "resume" | "cancel";
export type ControlResult = { ok: true } | { ok: false; reason: "not_found" | "not_allowed" | "conflict" };

const FROM: Record<SendControl, ("RUNNING" | "PAUSED")[]> = {
  pause: ["RUNNING"],
  resume: ["PAUSED"],
  cancel: ["RUNNING", "PAUSED"],
};
const TO = { pause: "PAUSED", resume: "RUNNING", cancel: "CANCELLED" } as const;
const AUDIT = { pause: "segmentSend.paused", resume: "segmentSend.resumed", cancel: "segmentSend.cancelled" } as const;

export async function controlSegmentSend(
  db: PrismaClient,
  session: AppSession,
  input: { sendId: string; control: SendControl },
  now: Date,
): Promise<ControlResult> {
  if (session.role !== "MANAGER") return { ok: false, reason: "not_allowed" };
  return db.$transaction(async (tx) => {
    const send = await tx.segmentSend.findFirst({
      where: { id: input.sendId, segment: segmentWhere(session) },
      select: { id: true, segmentId: true },
    });
    if (!send) return { ok: false, reason: "not_found" } as const;
    const changed = await tx.segmentSend.updateMany({
      where: { id: send.id, state: { in: FROM[input.control] } },
      data: {
        state: TO[input.control],
        version: { increment: 1 },
        ...(input.control === "cancel" ? { finishedAt: now } : {}),
      },
    });
    if (changed.count === 0) return { ok: false, reason: "conflict" } as const;
    if (input.control === "resume") {
      const { version } = await tx.segmentSend.findUniqueOrThrow({ where: { id: send.id }, select: { version: true } });
      await enqueueSegmentSendBatch(tx, send.id, version, now);
    }
    await recordAudit(tx, {
      actorId: session.userId,
      action: AUDIT[input.control],
      entityType: "Segment",
      entityId: send.segmentId,
      data: { sendId: send.id },
    });
    return { ok: true } as const;
  });
}
