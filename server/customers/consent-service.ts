import "server-only";
import type { PrismaClient } from "@/generated/prisma/client";
import type { ConsentChangeInput } from "@/lib/validation/consent";
import { recordAudit } from "@/server/audit";
import type { AppSession } from "@/server/auth/session";
import { getDb } from "@/server/db";
import { authorizeCustomer, type CustomerAccess } from "@/server/access/customer-access";

// Consent per purpose: the current answer (Consent) and every change (ConsentEvent).
// Any staff member who may see the customer may record what the customer told them.

export type ConsentResult = { ok: true; changed: boolean } | { ok: false; reason: "not_found" | "erased" };

export async function recordConsent(
  db: PrismaClient,
  session: AppSession,
  input: ConsentChangeInput,
  now = new Date(),
): Promise<ConsentResult> {
  return db.$transaction(async (tx) => {
    const access = await authorizeCustomer(tx, session, input.customerId);
    if (!access) return { ok: false, reason: "not_found" } as const;
    const customer = await tx.customer.findUniqueOrThrow({
      where: { id: access.customerId },
      select: { erasedAt: true },
    });
    if (customer.erasedAt) return { ok: false, reason: "erased" } as const;
    const current = await tx.consent.findUnique({
      where: { customerId_purpose: { customerId: access.customerId, purpose: input.purpose } },
      select: { granted: true },
    });
    // A double submit, or two people recording the same answer, changes nothing the second time.
    if (current?.granted === input.granted) return { ok: true, changed: false } as const;
    const key = { customerId: access.customerId, purpose: input.purpose };
    await tx.consent.upsert({
      where: { customerId_purpose: key },
      create: { ...key, granted: input.granted, updatedAt: now },
      update: { granted: input.granted, updatedAt: now },
    });
    await tx.consentEvent.create({
      data: { ...key, granted: input.granted, source: input.source, recordedById: session.userId, occurredAt: now },
      select: { id: true },
    });
    await recordAudit(tx, {
      actorId: session.userId,
      action: "consent.changed",
      entityType: "Customer",
      entityId: access.customerId,
      data: { purpose: input.purpose, granted: input.granted, source: input.source },
    });
    return { ok: true, changed: true } as const;
  });
}

export const CONSENT_HISTORY_SHOWN = 20;

export type ConsentHistoryEntry = {
  id: string;
  purpose: ConsentChangeInput["purpose"];
  granted: boolean;
  source: string;
  occurredAt: Date;
  recordedBy: string | null;
};

/** The newest changes across all purposes: when, how, by whom. */
export async function getConsentHistory(access: CustomerAccess): Promise<ConsentHistoryEntry[]> {
  const db = await getDb();
  const rows = await db.consentEvent.findMany({
    where: { customerId: access.customerId },
    orderBy: [{ occurredAt: "desc" }, { id: "desc" }],
    take: CONSENT_HISTORY_SHOWN,
    select: {
      id: true,
      purpose: true,
      granted: true,
      source: true,
      occurredAt: true,
      recordedBy: { select: { name: true } },
    },
  });
  return rows.map(({ recordedBy, ...row }) => ({ ...row, recordedBy: recordedBy?.name ?? null }));
}
