import "server-only";
import type { Prisma, PrismaClient } from "@/generated/prisma/client";
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
    const changed = await writeConsentChange(
      tx,
      { ...input, customerId: access.customerId, recordedById: session.userId },
      now,
    );
    return { ok: true, changed } as const;
  });
}

export type ConsentChange = {
  customerId: string;
  purpose: ConsentChangeInput["purpose"];
  granted: boolean;
  /** How it was given or withdrawn: a code of CONSENT_SOURCES, or words such as "unsubscribe link". */
  source: string;
  /** The staff member who recorded it; null when the customer did it themselves (an unsubscribe link). */
  recordedById: string | null;
};

/**
 * The one write of a consent change, inside the caller's transaction, after the caller decided who
 * may make it: the current answer, the history row and the audit row. The same answer twice changes
 * nothing the second time (a double submit, two people recording it, a link clicked twice).
 */
export async function writeConsentChange(
  tx: Prisma.TransactionClient,
  change: ConsentChange,
  now: Date,
): Promise<boolean> {
  const key = { customerId: change.customerId, purpose: change.purpose };
  const current = await tx.consent.findUnique({ where: { customerId_purpose: key }, select: { granted: true } });
  if (current?.granted === change.granted) return false;
  await tx.consent.upsert({
    where: { customerId_purpose: key },
    create: { ...key, granted: change.granted, updatedAt: now },
    update: { granted: change.granted, updatedAt: now },
  });
  await tx.consentEvent.create({
    data: {
      ...key,
      granted: change.granted,
      source: change.source,
      recordedById: change.recordedById,
      occurredAt: now,
    },
    select: { id: true },
  });
  await recordAudit(tx, {
    actorId: change.recordedById,
    action: "consent.changed",
    entityType: "Customer",
    entityId: change.customerId,
    data: { purpose: change.purpose, granted: change.granted, source: change.source },
  });
  return true;
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
