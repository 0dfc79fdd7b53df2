import "server-only";
import type { Prisma, PrismaClient } from "@/generated/prisma/client";
import { parseRule, type RuleFormInput } from "@/lib/validation/automation";
import type { AppSession } from "@/server/auth/session";
import { segmentWhere } from "@/server/access/segment";
import { recordAudit } from "@/server/audit";

// A manager's changes to the rules: a rule saved from the editor (new, or against the version it
// was shown with), and the on/off switch. Each is audited in its own transaction. A rule is saved
// switched off when new: it acts on real customers, so switching it on is a second, deliberate step.

export type RuleSaveResult =
  | { ok: true; id: string; version: number }
  | { ok: false; reason: "not_found" | "conflict" | "template" | "segment" | "team" };

export async function saveRule(db: PrismaClient, session: AppSession, input: RuleFormInput): Promise<RuleSaveResult> {
  return db.$transaction(async (tx): Promise<RuleSaveResult> => {
    const reason = await missingReference(tx, session, input);
    if (reason) return { ok: false, reason };
    const data = {
      name: input.name,
      trigger: input.trigger.trigger,
      triggerParams: input.trigger.params,
      conditions: input.conditions,
      actions: input.actions,
    };
    if (!input.id) {
      const created = await tx.automationRule.create({
        data: { ...data, createdById: session.userId },
        select: { id: true, version: true },
      });
      await recordAudit(tx, {
        actorId: session.userId,
        action: "automation.created",
        entityType: "AutomationRule",
        entityId: created.id,
        data: { trigger: data.trigger },
      });
      return { ok: true, ...created };
    }
    const before = await tx.automationRule.findUnique({
      where: { id: input.id },
      select: { trigger: true, triggerParams: true, conditions: true, actions: true },
    });
    if (!before) return { ok: false, reason: "not_found" };
    const updated = await tx.automationRule.updateMany({
      where: { id: input.id, version: input.version ?? -1 },
      data: { ...data, version: { increment: 1 } },
    });
    if (updated.count === 0) return { ok: false, reason: "conflict" };
    await recordAudit(tx, {
      actorId: session.userId,
      action: "automation.updated",
      entityType: "AutomationRule",
      entityId: input.id,
      data: {
        from: before,
        to: {
          trigger: data.trigger,
          triggerParams: data.triggerParams,
          conditions: data.conditions,
          actions: data.actions,
        },
      },
    });
    return { ok: true, id: input.id, version: (input.version ?? 0) + 1 };
  });
}

/** What the rule names that no longer exists: a template, a segment or a team. */
async function missingReference(
  tx: Prisma.TransactionClient,
  session: AppSession,
  input: RuleFormInput,
): Promise<"template" | "segment" | "team" | null> {
  for (const action of input.actions) {
    if (action.type !== "send") continue;
    const found = await tx.messageTemplate.findFirst({
      where: { name: action.template, channel: action.channel, archivedAt: null },
      select: { id: true },
    });
    if (!found) return "template";
  }
  const segmentId = input.conditions.segmentId;
  if (
    segmentId &&
    !(await tx.segment.findFirst({ where: { AND: [{ id: segmentId }, segmentWhere(session)] }, select: { id: true } }))
  )
    return "segment";
  if (
    input.conditions.teamId &&
    !(await tx.team.findUnique({ where: { id: input.conditions.teamId }, select: { id: true } }))
  )
    return "team";
  return null;
}

export type ToggleResult = { ok: true; enabled: boolean } | { ok: false; reason: "not_found" | "broken" };

export async function setRuleEnabled(
  db: PrismaClient,
  session: AppSession,
  input: { id: string; enabled: boolean },
): Promise<ToggleResult> {
  return db.$transaction(async (tx): Promise<ToggleResult> => {
    const rule = await tx.automationRule.findUnique({
      where: { id: input.id },
      select: { enabled: true, trigger: true, triggerParams: true, conditions: true, actions: true },
    });
    if (!rule) return { ok: false, reason: "not_found" };
    // A rule whose stored JSON no longer parses would never run: it may be switched off, not on.
    if (input.enabled && !parseRule(rule)) return { ok: false, reason: "broken" };
    if (rule.enabled === input.enabled) return { ok: true, enabled: input.enabled };
    await tx.automationRule.update({
      where: { id: input.id },
      // The switch leaves the version alone: an editor open on the rule is not outdated by it.
      data: { enabled: input.enabled },
      select: { id: true },
    });
    await recordAudit(tx, {
      actorId: session.userId,
      action: input.enabled ? "automation.enabled" : "automation.disabled",
      entityType: "AutomationRule",
      entityId: input.id,
      data: { enabled: input.enabled },
    });
    return { ok: true, enabled: input.enabled };
  });
}
