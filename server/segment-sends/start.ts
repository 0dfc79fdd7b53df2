import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import type { MessageChannel } from "@/generated/prisma/enums";
import { renderMessage, type TemplateVariable } from "@/lib/messaging/render";
import { segmentWhere } from "@/server/access/segment";
import { recordAudit } from "@/server/audit";
import type { AppSession } from "@/server/auth/session";
import { readSegmentFilters } from "@/server/customers/segments";
import { templateValuesFor } from "@/server/messaging/template-values";
import { countAudience, readAudienceBatch, skipReason } from "./audience";
import { enqueueSegmentSendBatch } from "./batch-job";

// Starting a segment send. Only managers send to a segment, only to a marketing segment, and only
// MARKETING templates: a bulk message to a list of customers is marketing by law whatever the
// template says, so it must go through the consent check a CARE or ANSWER template would skip.
// Before starting, the manager sees how many will get it and whether the first recipients lack a
// template value (those would be skipped).

const PREVIEW_SAMPLE = 25;

export type SendPreview = {
  channel: MessageChannel;
  /** Customers in the segment now. */
  total: number;
  /** Of those, with consent for the channel and an address: who will get it, unless a value is missing. */
  reachable: number;
  /** Of the first recipients who would get it, how many lack a template value, and which. */
  sampled: number;
  missingValue: number;
  missingVariables: TemplateVariable[];
};

export type PreviewResult = { ok: true; preview: SendPreview } | { ok: false; reason: "not_found" | "not_allowed" };

async function loadSendable(db: PrismaClient, session: AppSession, segmentId: string, templateId: string) {
  if (session.role !== "MANAGER") return { ok: false as const, reason: "not_allowed" as const };
  const [segment, template] = await Promise.all([
    db.segment.findFirst({
      where: { AND: [{ id: segmentId }, segmentWhere(session)] },
      select: { id: true, marketing: true, filters: true },
    }),
    db.messageTemplate.findFirst({
      where: { id: templateId, archivedAt: null, purpose: "MARKETING" },
      select: { id: true, channel: true, subject: true, body: true },
    }),
  ]);
  if (!segment || !template) return { ok: false as const, reason: "not_found" as const };
  if (!segment.marketing) return { ok: false as const, reason: "not_allowed" as const };
  // The segment's own filters without its "consents to marketing e-mail" part: each recipient's
  // consent for the send's channel is checked one by one when their batch runs, so those without it
  // are counted as skipped instead of silently missing, and an SMS send asks for SMS consent.
  const filters = { ...readSegmentFilters(segment.filters), marketing: undefined, members: segment.id };
  return { ok: true as const, segment, template, filters };
}

export async function previewSegmentSend(
  db: PrismaClient,
  session: AppSession,
  input: { segmentId: string; templateId: string },
  now: Date,
): Promise<PreviewResult> {
  const found = await loadSendable(db, session, input.segmentId, input.templateId);
  if (!found.ok) return found;
  const { template, filters } = found;
  const audience = { session, filters, at: now };
  const { total, reachable } = await countAudience(db, audience, template.channel);
  const sample = (await readAudienceBatch(db, audience, null, PREVIEW_SAMPLE * 4))
    .filter((r) => skipReason(r, template.channel) === null)
    .slice(0, PREVIEW_SAMPLE);
  const missing = new Set<TemplateVariable>();
  let missingValue = 0;
  for (const r of sample) {
    const values = await templateValuesFor(db, { customerId: r.id, leadId: null, repName: session.name });
    const rendered = renderMessage({ subject: template.subject, body: template.body }, values);
    if (!rendered.ok) {
      missingValue++;
      rendered.missing.forEach((v) => missing.add(v));
    }
  }
  const preview = {
    channel: template.channel,
    total,
    reachable,
    sampled: sample.length,
    missingValue,
    missingVariables: [...missing],
  };
  return { ok: true, preview };
}

export type StartResult =
  { ok: true; sendId: string } | { ok: false; reason: "not_found" | "not_allowed" | "already_running" | "nobody" };

export async function startSegmentSend(
  db: PrismaClient,
  session: AppSession,
  input: { segmentId: string; templateId: string },
  now: Date,
): Promise<StartResult> {
  const found = await loadSendable(db, session, input.segmentId, input.templateId);
  if (!found.ok) return found;
  const { segment, template, filters } = found;
  return db.$transaction(async (tx) => {
    // A double submit, or a second manager pressing the same button, starts it once.
    const running = await tx.segmentSend.findFirst({
      where: { segmentId: segment.id, templateId: template.id, state: { in: ["RUNNING", "PAUSED"] } },
      select: { id: true },
    });
    if (running) return { ok: false, reason: "already_running" } as const;
    const { reachable } = await countAudience(tx, { session, filters, at: now }, template.channel);
    if (reachable === 0) return { ok: false, reason: "nobody" } as const;
    const send = await tx.segmentSend.create({
      data: {
        segmentId: segment.id,
        templateId: template.id,
        channel: template.channel,
        startedById: session.userId,
        filters,
        startedAt: now,
      },
      select: { id: true, version: true },
    });
    await enqueueSegmentSendBatch(tx, send.id, send.version, now);
    await recordAudit(tx, {
      actorId: session.userId,
      action: "segmentSend.started",
      entityType: "Segment",
      entityId: segment.id,
      data: { sendId: send.id, templateId: template.id, channel: template.channel, reachable },
    });
    return { ok: true, sendId: send.id } as const;
  });
}
