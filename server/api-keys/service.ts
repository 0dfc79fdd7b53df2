import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import type { AppSession } from "@/server/auth/session";
import { generateApiKey } from "./keys";
import { recordAudit } from "@/server/audit";
import { LEGACY_SCOPES, normalizeScopes } from "@/lib/api-scopes";

// API keys as managers see and change them. Every function checks the role
// itself (the page and the actions check it too); every change is audited, with
// the key's name and prefix but never its secret or digest.

export type ApiKeyRow = {
  id: string;
  name: string;
  prefix: string;
  createdByName: string;
  createdAt: Date;
  lastUsedAt: Date | null;
  revokedAt: Date | null;
  /** The team that owns its signals (server/routing/signal-team.ts), and whose reach it has in the REST API. */
  teamId: string | null;
  /** What it may do (lib/api-scopes.ts). */
  scopes: string[];
};

function assertManager(session: AppSession) {
  if (session.role !== "MANAGER") throw new Error("API keys are for managers only");
}

/** Active keys first, then revoked ones; newest first within each. */
export async function listApiKeys(db: PrismaClient, session: AppSession): Promise<ApiKeyRow[]> {
  assertManager(session);
  const rows = await db.apiKey.findMany({
    orderBy: [{ revokedAt: { sort: "desc", nulls: "first" } }, { createdAt: "desc" }],
    take: 200,
    select: {
      id: true,
      name: true,
      prefix: true,
      createdAt: true,
      lastUsedAt: true,
      revokedAt: true,
      teamId: true,
      scopes: true,
      createdBy: { select: { name: true } },
    },
  });
  return rows.map(({ createdBy, ...row }) => ({ ...row, createdByName: createdBy.name }));
}

export type CreateApiKeyResult =
  { ok: true; id: string; secret: string; prefix: string } | { ok: false; reason: "name_taken" };

/** The secret is in the result and nowhere else: show it once, then it is gone. */
export async function createApiKey(
  db: PrismaClient,
  session: AppSession,
  input: { name: string; scopes?: readonly string[]; teamId?: string | null },
): Promise<CreateApiKeyResult> {
  assertManager(session);
  // Without a choice, a key does what keys did before scopes: send signals.
  const scopes = normalizeScopes(input.scopes ?? LEGACY_SCOPES);
  const { secret, prefix, hash } = generateApiKey();
  return db.$transaction(async (tx) => {
    // One active key per name, so the list and the audit trail say which system is which.
    const clash = await tx.apiKey.findFirst({
      where: { name: { equals: input.name, mode: "insensitive" }, revokedAt: null },
      select: { id: true },
    });
    if (clash) return { ok: false, reason: "name_taken" } as const;
    const key = await tx.apiKey.create({
      data: { name: input.name, prefix, hash, createdById: session.userId, scopes, teamId: input.teamId ?? null },
      select: { id: true },
    });
    await recordAudit(tx, {
      actorId: session.userId,
      action: "apiKey.created",
      entityType: "ApiKey",
      entityId: key.id,
      data: { name: input.name, prefix, scopes, teamId: input.teamId ?? null },
    });
    return { ok: true, id: key.id, secret, prefix } as const;
  });
}

export type RevokeApiKeyResult = { ok: true } | { ok: false; reason: "not_found" };

/** Revoking twice is fine (a double click, two managers at once) and is audited once. */
export async function revokeApiKey(
  db: PrismaClient,
  session: AppSession,
  input: { id: string },
  now: Date,
): Promise<RevokeApiKeyResult> {
  assertManager(session);
  return db.$transaction(async (tx) => {
    const key = await tx.apiKey.findUnique({ where: { id: input.id }, select: { id: true, name: true, prefix: true } });
    if (!key) return { ok: false, reason: "not_found" } as const;
    const revoked = await tx.apiKey.updateMany({ where: { id: key.id, revokedAt: null }, data: { revokedAt: now } });
    if (revoked.count === 1) {
      await recordAudit(tx, {
        actorId: session.userId,
        action: "apiKey.revoked",
        entityType: "ApiKey",
        entityId: key.id,
        data: { name: key.name, prefix: key.prefix },
      });
    }
    return { ok: true } as const;
  });
}
