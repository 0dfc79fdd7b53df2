import "server-only";
import crypto from "node:crypto";
import { Prisma, type PrismaClient } from "@/generated/prisma/client";
import type { WebFormSettings } from "@/lib/validation/web-form";
import { slugFor } from "@/lib/web-forms/options";
import { mayManageWebForms } from "@/server/access/web-form";
import { recordAudit } from "@/server/audit";
import type { AppSession } from "@/server/auth/session";

// Managers' writes of web forms (Settings → Web forms). A form's slug is made once, at creation,
// and never changes: websites embed its address.

export type WebFormWriteResult =
  { ok: true; id: string; slug: string } | { ok: false; reason: "not_found" | "reference" };

function assertManager(session: AppSession) {
  if (!mayManageWebForms(session)) throw new Error("Web forms are for managers only");
}

/** The campaign and team the form names exist (a stale page may post one deleted meanwhile). */
async function referencesExist(tx: Prisma.TransactionClient, input: WebFormSettings): Promise<boolean> {
  if (input.campaignId && !(await tx.campaign.findUnique({ where: { id: input.campaignId }, select: { id: true } })))
    return false;
  if (input.teamId && !(await tx.team.findUnique({ where: { id: input.teamId }, select: { id: true } }))) return false;
  return true;
}

const data = (input: WebFormSettings) => ({
  name: input.name,
  campaignId: input.campaignId,
  teamId: input.teamId,
  language: input.language,
  fields: input.fields,
  consents: input.consents,
  thankYouText: input.thankYouText,
});

export async function createWebForm(
  db: PrismaClient,
  session: AppSession,
  input: WebFormSettings,
  now = new Date(),
): Promise<WebFormWriteResult> {
  assertManager(session);
  return db.$transaction(async (tx) => {
    if (!(await referencesExist(tx, input))) return { ok: false, reason: "reference" } as const;
    const slug = slugFor(input.name, crypto.randomBytes(4).toString("hex"));
    const form = await tx.webForm.create({
      data: { ...data(input), slug, createdById: session.userId, createdAt: now, updatedAt: now },
      select: { id: true, slug: true },
    });
    await recordAudit(tx, {
      actorId: session.userId,
      action: "webForm.created",
      entityType: "WebForm",
      entityId: form.id,
      data: { slug, campaignId: input.campaignId, teamId: input.teamId },
    });
    return { ok: true, ...form } as const;
  });
}

export async function updateWebForm(
  db: PrismaClient,
  session: AppSession,
  id: string,
  input: WebFormSettings,
  now = new Date(),
): Promise<WebFormWriteResult> {
  assertManager(session);
  return db.$transaction(async (tx) => {
    const found = await tx.webForm.findUnique({ where: { id }, select: { id: true, slug: true } });
    if (!found) return { ok: false, reason: "not_found" } as const;
    if (!(await referencesExist(tx, input))) return { ok: false, reason: "reference" } as const;
    await tx.webForm.update({ where: { id }, data: { ...data(input), updatedAt: now }, select: { id: true } });
    await recordAudit(tx, {
      actorId: session.userId,
      action: "webForm.updated",
      entityType: "WebForm",
      entityId: id,
      data: { campaignId: input.campaignId, teamId: input.teamId, consents: input.consents.map((c) => c.purpose) },
    });
    return { ok: true, ...found } as const;
  });
}

/** Off: its address answers "not found" and nothing it posts is stored. On again: as it was. */
export async function setWebFormActive(
  db: PrismaClient,
  session: AppSession,
  id: string,
  active: boolean,
  now = new Date(),
): Promise<{ ok: boolean }> {
  assertManager(session);
  return db.$transaction(async (tx) => {
    const changed = await tx.webForm.updateMany({ where: { id, active: !active }, data: { active, updatedAt: now } });
    if (changed.count === 0) return { ok: (await tx.webForm.count({ where: { id } })) > 0 };
    await recordAudit(tx, {
      actorId: session.userId,
      action: active ? "webForm.activated" : "webForm.deactivated",
      entityType: "WebForm",
      entityId: id,
      data: {},
    });
    return { ok: true };
  });
}
