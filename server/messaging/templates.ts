import "server-only";
import { Prisma, type PrismaClient } from "@/generated/prisma/client";
import type { MessageChannel } from "@/generated/prisma/enums";
import type { TemplateInput } from "@/lib/validation/message-template";
import { mayManageTemplates, mayUseTemplates } from "@/server/access/message-template";
import type { AppSession } from "@/server/auth/session";
import { recordAudit, type AuditAction } from "@/server/audit";

// Settings → Templates, and the template picker of the "Write to the customer" form. Every change is
// checked against the version the form was rendered with, and audited. Archived templates stay in the
// table (sent messages point at them) and leave every picker.

export type TemplateRow = {
  id: string;
  name: string;
  channel: MessageChannel;
  purpose: "ANSWER" | "CARE" | "MARKETING";
  stage: string | null;
  locale: "nb" | "da" | "en";
  subject: string | null;
  body: string;
  version: number;
  updatedAt: Date;
};
export type TemplateResult = { ok: true; id: string } | { ok: false; reason: "not_found" | "conflict" | "name_taken" };

// A business has tens of templates, not thousands; the pickers and the settings page show them all up to this.
const LIST_LIMIT = 200;
const SELECT = {
  id: true,
  name: true,
  channel: true,
  purpose: true,
  stage: true,
  locale: true,
  subject: true,
  body: true,
  version: true,
  updatedAt: true,
} as const;

/** The active templates, by channel and name: null for anyone who may not see them. */
export async function listTemplates(
  db: PrismaClient,
  session: AppSession,
  filter: { channel?: MessageChannel } = {},
): Promise<TemplateRow[] | null> {
  if (!mayUseTemplates(session)) return null;
  return db.messageTemplate.findMany({
    where: { archivedAt: null, ...(filter.channel ? { channel: filter.channel } : {}) },
    orderBy: [{ channel: "asc" }, { name: "asc" }, { locale: "asc" }],
    take: LIST_LIMIT,
    select: SELECT,
  });
}

export async function saveTemplate(
  db: PrismaClient,
  session: AppSession,
  input: TemplateInput,
): Promise<TemplateResult> {
  if (!mayManageTemplates(session)) return { ok: false, reason: "not_found" };
  const { id, version, ...fields } = input;
  try {
    return await db.$transaction(async (tx): Promise<TemplateResult> => {
      if (!id) {
        const created = await tx.messageTemplate.create({
          data: { ...fields, createdById: session.userId },
          select: { id: true },
        });
        await audit(tx, session, "messageTemplate.created", created.id, fields);
        return { ok: true, id: created.id };
      }
      const updated = await tx.messageTemplate.updateMany({
        where: { id, version, archivedAt: null },
        data: { ...fields, version: { increment: 1 } },
      });
      if (updated.count === 0) {
        const exists = await tx.messageTemplate.findFirst({ where: { id, archivedAt: null }, select: { id: true } });
        return { ok: false, reason: exists ? "conflict" : "not_found" };
      }
      await audit(tx, session, "messageTemplate.updated", id, fields);
      return { ok: true, id };
    });
  } catch (error) {
    // One name per channel and language: the unique index answers a second "Welcome" (and a race).
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002")
      return { ok: false, reason: "name_taken" };
    throw error;
  }
}

export async function archiveTemplate(
  db: PrismaClient,
  session: AppSession,
  input: { id: string; version: number },
  now: Date,
): Promise<TemplateResult> {
  if (!mayManageTemplates(session)) return { ok: false, reason: "not_found" };
  return db.$transaction(async (tx): Promise<TemplateResult> => {
    const current = await tx.messageTemplate.findFirst({
      where: { id: input.id, archivedAt: null },
      select: { name: true, version: true },
    });
    if (!current) return { ok: false, reason: "not_found" };
    if (current.version !== input.version) return { ok: false, reason: "conflict" };
    // The name is freed for a new template: an archived one keeps its text under a dated name.
    await tx.messageTemplate.update({
      where: { id: input.id },
      data: { archivedAt: now, name: `${current.name} (${now.toISOString()})`, version: { increment: 1 } },
      select: { id: true },
    });
    await audit(tx, session, "messageTemplate.archived", input.id, { name: current.name });
    return { ok: true, id: input.id };
  });
}

async function audit(
  tx: Prisma.TransactionClient,
  session: AppSession,
  action: AuditAction,
  id: string,
  data: { name: string; channel?: string; locale?: string },
) {
  await recordAudit(tx, {
    actorId: session.userId,
    action,
    entityType: "MessageTemplate",
    entityId: id,
    data: { name: data.name, channel: data.channel, locale: data.locale },
  });
}
