import "server-only";
import { getDb } from "@/server/db";
import type { AppSession } from "@/server/auth/session";
import { authorizeCustomer, staffMay } from "@/server/access/customer-access";
import { parseCustomerFilters } from "@/lib/validation/customer-filters";
import { findCustomers, type CustomerListRow } from "./list-queries";

// Reads for the merge page: the duplicates to pick from (the customer list's own search, so a
// manager finds them the same way, a few rows), the two customers side by side with what the
// duplicate brings, and where a merged customer's old id now leads.

export const MERGE_CANDIDATES = 8;

export type MergeCandidate = Pick<CustomerListRow, "id" | "name" | "email" | "phone" | "city">;

export async function findMergeCandidates(session: AppSession, targetId: string, q: string): Promise<MergeCandidate[]> {
  if (!staffMay(session, "manage") || !q.trim()) return [];
  const page = await findCustomers(session, parseCustomerFilters(new URLSearchParams({ q, sort: "name" })));
  return page.rows
    .filter((r) => r.id !== targetId)
    .slice(0, MERGE_CANDIDATES)
    .map(({ id, name, email, phone, city }) => ({ id, name, email, phone, city }));
}

export type MergeSideView = {
  id: string;
  name: string;
  email: string | null;
  phone: string | null;
  city: string | null;
  owner: string | null;
  team: string | null;
  journeyStage: string;
  locale: string;
  erased: boolean;
  hasLogin: boolean;
};
export type MergeCounts = { touchpoints: number; leads: number; orders: number; messages: number };
export type MergePreview = { target: MergeSideView; source: MergeSideView; sourceBrings: MergeCounts };

async function sideView(id: string) {
  const db = await getDb();
  const c = await db.customer.findUnique({
    where: { id },
    select: {
      id: true,
      name: true,
      email: true,
      phone: true,
      city: true,
      journeyStage: true,
      locale: true,
      erasedAt: true,
      owner: { select: { name: true } },
      team: { select: { name: true } },
      login: { select: { id: true } },
      _count: { select: { touchpoints: true, leads: true, orders: true, messages: true } },
    },
  });
  if (!c) return null;
  const view: MergeSideView = {
    id: c.id,
    name: c.name,
    email: c.email,
    phone: c.phone,
    city: c.city,
    owner: c.owner?.name ?? null,
    team: c.team?.name ?? null,
    journeyStage: c.journeyStage,
    locale: c.locale,
    erased: c.erasedAt !== null,
    hasLogin: c.login !== null,
  };
  return { view, counts: c._count };
}

/** Both customers as the manager compares them; null when either is out of reach or missing. */
export async function getMergePreview(
  session: AppSession,
  targetId: string,
  sourceId: string,
): Promise<MergePreview | null> {
  if (targetId === sourceId) return null;
  const db = await getDb();
  const [a, b] = await Promise.all([
    authorizeCustomer(db, session, targetId, "manage"),
    authorizeCustomer(db, session, sourceId, "manage"),
  ]);
  if (!a || !b) return null;
  const [target, source] = await Promise.all([sideView(a.customerId), sideView(b.customerId)]);
  if (!target || !source) return null;
  return { target: target.view, source: source.view, sourceBrings: source.counts };
}

/**
 * Where a customer merged away now is: the customer it went into, following later merges (a few
 * hops at most in practice); null when the id was never merged. The merge's audit row is kept on
 * the removed id (merge-service.ts), so this is one indexed lookup per hop.
 */
export async function findMergedInto(session: AppSession, customerId: string): Promise<string | null> {
  if (!staffMay(session, "read")) return null;
  const db = await getDb();
  let id = customerId;
  for (let hop = 0; hop < 10; hop++) {
    const merged = await db.auditLog.findFirst({
      where: { entityType: "Customer", entityId: id, action: "customers.merged" },
      select: { data: true },
    });
    const into = (merged?.data as { into?: unknown } | null)?.into;
    if (typeof into !== "string") break;
    id = into;
  }
  return id === customerId ? null : id;
}
