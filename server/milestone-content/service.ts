import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import type { ContentFilter, ContentItemInput, DeleteContentInput } from "@/lib/validation/milestone-content";
import type { AppSession } from "@/server/auth/session";
import { recordAudit } from "@/server/audit";

// Managers write what customers read while they wait. Every change is checked
// against the version the form was rendered with, and audited.

export type ContentRow = {
  id: string;
  position: number;
  title: string;
  body: string;
  linkUrl: string | null;
  version: number;
};
export type ContentResult = { ok: true; id: string } | { ok: false; reason: "not_found" | "conflict" };

const LIST_LIMIT = 50;

export async function listMilestoneContent(
  db: PrismaClient,
  session: AppSession,
  filter: ContentFilter,
): Promise<ContentRow[] | null> {
  if (session.role !== "MANAGER") return null;
  return db.milestoneContent.findMany({
    where: filter,
    orderBy: [{ position: "asc" }, { createdAt: "asc" }],
    take: LIST_LIMIT,
    select: { id: true, position: true, title: true, body: true, linkUrl: true, version: true },
  });
}

export async function saveMilestoneContent(
  db: PrismaClient,
  session: AppSession,
  input: ContentItemInput,
): Promise<ContentResult> {
  if (session.role !== "MANAGER") return { ok: false, reason: "not_found" };
  const { id, version, ...fields } = input;
  return db.$transaction(async (tx): Promise<ContentResult> => {
    if (!id) {
      const created = await tx.milestoneContent.create({
        data: { ...fields, updatedById: session.userId },
        select: { id: true },
      });
      await recordAudit(tx, {
        actorId: session.userId,
        action: "milestoneContent.created",
        entityType: "MilestoneContent",
        entityId: created.id,
        data: { category: fields.category, milestone: fields.milestone, locale: fields.locale, title: fields.title },
      });
      return { ok: true, id: created.id };
    }
    const existing = await tx.milestoneContent.findUnique({
      where: { id },
      select: { title: true, body: true, linkUrl: true, position: true },
    });
    if (!existing) return { ok: false, reason: "not_found" };
    const updated = await tx.milestoneContent.updateMany({
      where: { id, version },
      data: {
        title: fields.title,
        body: fields.body,
        linkUrl: fields.linkUrl,
        position: fields.position,
        updatedById: session.userId,
        version: { increment: 1 },
      },
    });
    if (updated.count === 0) return { ok: false, reason: "conflict" };
    await recordAudit(tx, {
      actorId: session.userId,
      action: "milestoneContent.updated",
      entityType: "MilestoneContent",
      entityId: id,
      data: {
        from: existing,
        to: { title: fields.title, body: fields.body, linkUrl: fields.linkUrl, position: fields.position },
      },
    });
    return { ok: true, id };
  });
}

export async function deleteMilestoneContent(
  db: PrismaClient,
  session: AppSession,
  input: DeleteContentInput,
): Promise<ContentResult> {
  if (session.role !== "MANAGER") return { ok: false, reason: "not_found" };
  return db.$transaction(async (tx): Promise<ContentResult> => {
    const existing = await tx.milestoneContent.findUnique({
      where: { id: input.id },
      select: { category: true, milestone: true, locale: true, title: true, version: true },
    });
    if (!existing) return { ok: false, reason: "not_found" };
    const { version, ...kept } = existing;
    const deleted = await tx.milestoneContent.deleteMany({ where: { id: input.id, version: input.version } });
    if (deleted.count === 0 || version !== input.version) return { ok: false, reason: "conflict" };
    await recordAudit(tx, {
      actorId: session.userId,
      action: "milestoneContent.deleted",
      entityType: "MilestoneContent",
      entityId: input.id,
      data: kept,
    });
    return { ok: true, id: input.id };
  });
}
