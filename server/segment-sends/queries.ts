import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import type { MessageChannel, SegmentSendState } from "@/generated/prisma/enums";
import { segmentWhere } from "@/server/access/segment";
import type { AppSession } from "@/server/auth/session";

// What became of each send of a segment: queued and sent from its messages, the skipped from its
// own counts (those customers have no message), bounced from the messages' status, replied from
// inbound messages answering one of them, unsubscribed from the messages whose link was used.

const SENDS_SHOWN = 20;

export type SegmentSendRow = {
  id: string;
  templateName: string;
  channel: MessageChannel;
  state: SegmentSendState;
  startedBy: string;
  startedAt: Date;
  finishedAt: Date | null;
  /** Messages queued so far (the progress). */
  queued: number;
  /** Handed over to the mail server or SMS provider. */
  sent: number;
  /** Still waiting: quiet hours, or the next delivery run. */
  waiting: number;
  skippedNoConsent: number;
  skippedNoAddress: number;
  skippedMissingValue: number;
  skippedErased: number;
  failed: number;
  bounced: number;
  replied: number;
  unsubscribed: number;
};

export async function listSegmentSends(
  db: PrismaClient,
  session: AppSession,
  segmentId: string,
): Promise<SegmentSendRow[]> {
  if (session.role !== "MANAGER") return [];
  const sends = await db.segmentSend.findMany({
    where: { segmentId, segment: segmentWhere(session) },
    orderBy: [{ startedAt: "desc" }, { id: "desc" }],
    take: SENDS_SHOWN,
    select: {
      id: true,
      channel: true,
      state: true,
      startedAt: true,
      finishedAt: true,
      queued: true,
      skippedNoConsent: true,
      skippedNoAddress: true,
      skippedMissingValue: true,
      skippedErased: true,
      template: { select: { name: true } },
      startedBy: { select: { name: true } },
    },
  });
  if (!sends.length) return [];
  const ids = sends.map((s) => s.id);
  const [byStatus, replies, unsubscribed] = await Promise.all([
    db.message.groupBy({ by: ["segmentSendId", "status"], where: { segmentSendId: { in: ids } }, _count: true }),
    db.message.findMany({
      where: { direction: "INBOUND", inReplyTo: { segmentSendId: { in: ids } } },
      select: { inReplyTo: { select: { id: true, segmentSendId: true } } },
      distinct: ["inReplyToId"],
    }),
    db.message.groupBy({
      by: ["segmentSendId"],
      where: { segmentSendId: { in: ids }, unsubscribedAt: { not: null } },
      _count: true,
    }),
  ]);
  const status = (id: string, ...of: string[]) =>
    byStatus.filter((r) => r.segmentSendId === id && of.includes(r.status)).reduce((n, r) => n + r._count, 0);
  return sends.map(({ template, startedBy, ...s }) => ({
    ...s,
    templateName: template.name,
    startedBy: startedBy.name,
    sent: status(s.id, "SENT", "BOUNCED"),
    waiting: status(s.id, "QUEUED", "SENDING"),
    // Withdrawn between the start and the delivery: skipped for want of consent all the same.
    skippedNoConsent: s.skippedNoConsent + status(s.id, "SKIPPED"),
    failed: status(s.id, "FAILED"),
    bounced: status(s.id, "BOUNCED"),
    replied: replies.filter((r) => r.inReplyTo?.segmentSendId === s.id).length,
    unsubscribed: unsubscribed.find((r) => r.segmentSendId === s.id)?._count ?? 0,
  }));
}

export type SendableTemplate = { id: string; name: string; channel: MessageChannel; locale: string };

/** The templates a segment may be sent: marketing ones still in use (Settings → Templates). */
export async function listMarketingTemplates(db: PrismaClient, session: AppSession): Promise<SendableTemplate[]> {
  if (session.role !== "MANAGER") return [];
  return db.messageTemplate.findMany({
    where: { archivedAt: null, purpose: "MARKETING" },
    orderBy: [{ name: "asc" }, { channel: "asc" }, { locale: "asc" }],
    select: { id: true, name: true, channel: true, locale: true },
    take: 200,
  });
}
