import "server-only";
import { Prisma } from "@/generated/prisma/client";
import type { MessageChannel } from "@/generated/prisma/enums";
import { consentNeeded } from "@/lib/messaging/consent";
import type { SegmentAudienceFilters } from "@/lib/validation/customer-filters";
import type { AppSession } from "@/server/auth/session";
import { customerFilterSql } from "@/server/customers/list-filter-sql";

// Who a segment send reaches: the segment's customers as the customer list shows them to the
// manager who started it (the same filter SQL, so the list, the export and the send agree), walked
// in id order from a keyset cursor, one bounded batch at a time.

type Tx = Prisma.TransactionClient;

export type Recipient = {
  id: string;
  name: string;
  email: string | null;
  phone: string | null;
  teamId: string | null;
  erasedAt: Date | null;
  consents: { purpose: string; granted: boolean }[];
};

export type SkipReason = "no_consent" | "no_address" | "erased";

/** The next `limit` customers after `after` (null: from the start), in id order. */
export async function readAudienceBatch(
  tx: Tx,
  audience: { session: AppSession; filters: SegmentAudienceFilters; at: Date },
  after: string | null,
  limit: number,
): Promise<Recipient[]> {
  const where = customerFilterSql(audience.session, audience.filters, audience.at);
  const from = after ? Prisma.sql`AND c.id > ${after}::uuid` : Prisma.empty;
  const ids = await tx.$queryRaw<{ id: string }[]>(
    Prisma.sql`SELECT c.id::text AS id FROM "Customer" c WHERE ${where} ${from} ORDER BY c.id LIMIT ${limit}`,
  );
  if (!ids.length) return [];
  const rows = await tx.customer.findMany({
    where: { id: { in: ids.map((r) => r.id) } },
    select: {
      id: true,
      name: true,
      email: true,
      phone: true,
      teamId: true,
      erasedAt: true,
      consents: { select: { purpose: true, granted: true } },
    },
    orderBy: { id: "asc" },
  });
  return rows;
}

/** Why this customer gets nothing on this channel, or null when they may get it. */
export function skipReason(recipient: Recipient, channel: MessageChannel): SkipReason | null {
  if (recipient.erasedAt) return "erased";
  const needed = consentNeeded(channel, "MARKETING");
  if (needed && !recipient.consents.some((c) => c.purpose === needed && c.granted)) return "no_consent";
  if (!addressOf(recipient, channel)) return "no_address";
  return null;
}

export function addressOf(recipient: Pick<Recipient, "email" | "phone">, channel: MessageChannel): string | null {
  const address = channel === "EMAIL" ? recipient.email : recipient.phone;
  return address?.trim() ? address.trim() : null;
}

/** How many customers are in the audience, and how many of them have consent and an address now. */
export async function countAudience(
  tx: Tx,
  audience: { session: AppSession; filters: SegmentAudienceFilters; at: Date },
  channel: MessageChannel,
): Promise<{ total: number; reachable: number }> {
  const where = customerFilterSql(audience.session, audience.filters, audience.at);
  const purpose = consentNeeded(channel, "MARKETING");
  const address = channel === "EMAIL" ? Prisma.sql`c.email` : Prisma.sql`c.phone`;
  const [row] = await tx.$queryRaw<{ total: bigint | number; reachable: bigint | number }[]>(Prisma.sql`
    SELECT count(*) AS total,
           count(*) FILTER (WHERE coalesce(trim(${address}), '') <> ''
             AND EXISTS (SELECT 1 FROM "Consent" k WHERE k."customerId" = c.id
                          AND k.purpose = ${purpose}::"ConsentPurpose" AND k.granted)) AS reachable
      FROM "Customer" c WHERE ${where}`);
  return { total: Number(row?.total ?? 0), reachable: Number(row?.reachable ?? 0) };
}
