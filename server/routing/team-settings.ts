import "server-only";
import type { Prisma, PrismaClient } from "@/generated/prisma/client";
import type { ProductCategory } from "@/generated/prisma/enums";
import type { ApiKeyTeamInput, CampaignTeamsInput, CategoryTeamsInput } from "@/lib/validation/routing";
import type { AppSession } from "@/server/auth/session";
import { recordAudit } from "@/server/audit";

// Which team owns which signals: product categories, campaigns and API keys (./signal-team.ts).
// Managers only; every function checks the role itself, writes in one transaction and audits
// each change with from and to (team ids). Unchanged values write nothing, so saving a form
// twice is one change.

export type TeamSettingsResult = { ok: true; changed: number } | { ok: false; reason: "team" | "notFound" };

function assertManager(session: AppSession) {
  if (session.role !== "MANAGER") throw new Error("Routing settings are for managers only");
}

/** Every team id named exists (a team deleted while the form was open is refused, not a 500). */
async function teamsExist(tx: Prisma.TransactionClient, ids: (string | null)[]): Promise<boolean> {
  const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
  if (wanted.length === 0) return true;
  return (await tx.team.count({ where: { id: { in: wanted } } })) === wanted.length;
}

/** The category table at once. A category's key is the category, so it cannot belong to two teams. */
export async function setCategoryTeams(
  db: PrismaClient,
  session: AppSession,
  input: CategoryTeamsInput,
): Promise<TeamSettingsResult> {
  assertManager(session);
  return db.$transaction(async (tx): Promise<TeamSettingsResult> => {
    if (!(await teamsExist(tx, Object.values(input)))) return { ok: false, reason: "team" };
    const rows = await tx.teamCategory.findMany({ select: { category: true, teamId: true } });
    const before = new Map(rows.map((r) => [r.category, r.teamId]));
    let changed = 0;
    for (const [category, teamId] of Object.entries(input) as [ProductCategory, string | null][]) {
      const from = before.get(category) ?? null;
      if (from === teamId) continue;
      if (teamId)
        await tx.teamCategory.upsert({ where: { category }, create: { category, teamId }, update: { teamId } });
      else await tx.teamCategory.delete({ where: { category } });
      await recordAudit(tx, {
        actorId: session.userId,
        action: "team.categories_changed",
        entityType: "Team",
        entityId: (teamId ?? from)!,
        data: { category, from, to: teamId },
      });
      changed++;
    }
    return { ok: true, changed };
  });
}

export async function setCampaignTeams(
  db: PrismaClient,
  session: AppSession,
  input: CampaignTeamsInput,
): Promise<TeamSettingsResult> {
  assertManager(session);
  return db.$transaction(async (tx): Promise<TeamSettingsResult> => {
    if (
      !(await teamsExist(
        tx,
        input.map((c) => c.teamId),
      ))
    )
      return { ok: false, reason: "team" };
    const rows = await tx.campaign.findMany({
      where: { id: { in: input.map((c) => c.campaignId) } },
      select: { id: true, teamId: true },
    });
    const before = new Map(rows.map((r) => [r.id, r.teamId]));
    let changed = 0;
    for (const { campaignId, teamId } of input) {
      if (!before.has(campaignId)) return { ok: false, reason: "notFound" };
      const from = before.get(campaignId) ?? null;
      if (from === teamId) continue;
      await tx.campaign.update({ where: { id: campaignId }, data: { teamId }, select: { id: true } });
      await recordAudit(tx, {
        actorId: session.userId,
        action: "campaign.team_changed",
        entityType: "Campaign",
        entityId: campaignId,
        data: { from, to: teamId },
      });
      changed++;
    }
    return { ok: true, changed };
  });
}

/** A revoked key keeps its team: it sends nothing, and the list says what it was for. */
export async function setApiKeyTeam(
  db: PrismaClient,
  session: AppSession,
  input: ApiKeyTeamInput,
): Promise<TeamSettingsResult> {
  assertManager(session);
  return db.$transaction(async (tx): Promise<TeamSettingsResult> => {
    const key = await tx.apiKey.findUnique({ where: { id: input.keyId }, select: { id: true, teamId: true } });
    if (!key) return { ok: false, reason: "notFound" };
    if (!(await teamsExist(tx, [input.teamId]))) return { ok: false, reason: "team" };
    if (key.teamId === input.teamId) return { ok: true, changed: 0 };
    await tx.apiKey.update({ where: { id: key.id }, data: { teamId: input.teamId }, select: { id: true } });
    await recordAudit(tx, {
      actorId: session.userId,
      action: "apiKey.team_changed",
      entityType: "ApiKey",
      entityId: key.id,
      data: { from: key.teamId, to: input.teamId },
    });
    return { ok: true, changed: 1 };
  });
}
