import "server-only";
import { Prisma, type PrismaClient } from "@/generated/prisma/client";
import { LOYALTY_TIERS, tierForPoints, tierWindowStart } from "@/lib/loyalty";
import { MERGE_FIELDS, type MergeCustomersInput } from "@/lib/validation/customer-merge";
import { recordAudit } from "@/server/audit";
import type { AppSession } from "@/server/auth/session";
import { authorizeCustomer, staffMay } from "@/server/access/customer-access";
import { moveCustomerRows, type MovedRows } from "./merge-moves";

// Merging a duplicate (the source) into the customer kept (the target), managers only, in one
// transaction. Everything that hangs off the source moves to the target (merge-moves.ts), the
// manager's chosen field values are written, and the source is deleted rather than kept as a
// "merged" shell: a shell would have to be left out of every list, search, count, segment and
// send, and one place forgetting it would show or message a customer twice. Old links to the
// source (audit entries, bookmarks) still land: the audit row of the merge is written on the
// source's id, and the customer page follows it to the target (findMergedInto). Lead, order and
// notification links keep working as they are, since those rows keep their ids.
// A customer login moves with the source when the target has none; two logins are refused, as one
// of two people would lose their way in and their own password or sign-in e-mail.

export type MergeRefusal = "forbidden" | "not_found" | "erased" | "two_logins";
export type MergeResult = { ok: true; moved: MovedRows } | { ok: false; reason: MergeRefusal };

const FIELD_COLUMN = {
  name: "name",
  email: "email",
  phone: "phone",
  city: "city",
  owner: "ownerId",
  team: "teamId",
  journeyStage: "journeyStage",
  locale: "locale",
} as const;

const PICK = {
  id: true,
  name: true,
  email: true,
  phone: true,
  city: true,
  ownerId: true,
  teamId: true,
  journeyStage: true,
  locale: true,
  externalId: true,
  notes: true,
  erasedAt: true,
  loyaltyPoints: true,
  loyaltyTier: true,
  lastActivityAt: true,
  createdAt: true,
  login: { select: { id: true } },
} satisfies Prisma.CustomerSelect;

export async function mergeCustomers(
  db: PrismaClient,
  session: AppSession,
  input: MergeCustomersInput,
  now = new Date(),
): Promise<MergeResult> {
  // Checked here, in the data layer: the action and any direct POST end up in this function.
  if (!staffMay(session, "manage") || input.targetId === input.sourceId) return { ok: false, reason: "forbidden" };
  return db.$transaction(async (tx) => {
    const [a, b] = [
      await authorizeCustomer(tx, session, input.targetId, "manage"),
      await authorizeCustomer(tx, session, input.sourceId, "manage"),
    ];
    if (!a || !b) return { ok: false, reason: "not_found" } as const;
    // Row locks in id order: two merges of the same pair (or a merge and an erasure) wait for
    // each other instead of each moving half of the rows.
    const ids = [a.customerId, b.customerId].sort();
    await tx.$queryRaw`SELECT id FROM "Customer" WHERE id IN (${ids[0]}::uuid, ${ids[1]}::uuid) ORDER BY id FOR UPDATE`;
    const target = await tx.customer.findUnique({ where: { id: a.customerId }, select: PICK });
    const source = await tx.customer.findUnique({ where: { id: b.customerId }, select: PICK });
    if (!target || !source) return { ok: false, reason: "not_found" } as const;
    if (target.erasedAt || source.erasedAt) return { ok: false, reason: "erased" } as const;
    if (target.login && source.login) return { ok: false, reason: "two_logins" } as const;

    const moved = await moveCustomerRows(tx, source.id, target.id);

    const chosen: Record<string, unknown> = {};
    for (const field of MERGE_FIELDS) {
      if (input.keep[field] === "source") chosen[FIELD_COLUMN[field]] = source[FIELD_COLUMN[field]];
    }
    // The loyalty balance is the two cached balances together (each kept with its own ledger). The
    // tier never goes down (as in server/loyalty/earn.ts): the higher of the two, or what the points
    // earned together in the window now give.
    const earned = await tx.loyaltyEntry.aggregate({
      where: { customerId: target.id, points: { gt: 0 }, occurredAt: { gte: tierWindowStart(now) } },
      _sum: { points: true },
    });
    const tier = [target.loyaltyTier, source.loyaltyTier, tierForPoints(earned._sum.points ?? 0)].reduce((x, y) =>
      LOYALTY_TIERS.indexOf(y) > LOYALTY_TIERS.indexOf(x) ? y : x,
    );
    const latest = (x: Date | null, y: Date | null) => (x && y ? (x > y ? x : y) : (x ?? y));
    await tx.customer.delete({ where: { id: source.id } });
    await tx.customer.update({
      where: { id: target.id },
      data: {
        ...(chosen as Prisma.CustomerUncheckedUpdateInput),
        loyaltyPoints: target.loyaltyPoints + source.loyaltyPoints,
        loyaltyTier: tier,
        lastActivityAt: latest(target.lastActivityAt, source.lastActivityAt),
        // Brought along from imports, not chosen: the other system's id where only the duplicate has
        // one, and both customers' notes, so no note is lost.
        externalId: target.externalId ?? source.externalId,
        notes: joinNotes(target.notes, source.notes),
        // "Customer since" the earlier of the two.
        createdAt: target.createdAt < source.createdAt ? target.createdAt : source.createdAt,
      },
      select: { id: true },
    });
    // Ids and field names only: which side each field came from, never the values.
    await recordAudit(tx, {
      actorId: session.userId,
      action: "customers.merged",
      entityType: "Customer",
      entityId: source.id,
      data: { into: target.id, kept: input.keep, moved },
    });
    return { ok: true, moved } as const;
  });
}

function joinNotes(kept: string | null, duplicate: string | null): string | null {
  if (!kept?.trim() || kept === duplicate) return duplicate?.trim() ? duplicate : kept;
  return duplicate?.trim() ? `${kept}\n\n${duplicate}` : kept;
}
