import "server-only";
import { z } from "zod";
import type { Prisma } from "@/generated/prisma/client";
import { ConsentPurpose, JourneyStage } from "@/generated/prisma/enums";

// Putting back what an import changed on customers that already existed. The import recorded, per
// customer, each column and consent it changed as { from, to } (CustomerImportChange.before). A
// value goes back only while it still is what the import set: someone's later edit wins, field by
// field. A consent put back is a consent change like any other, with its own history row.

export const IMPORT_UNDONE_CONSENT_SOURCE = "import undone";

const text = z.string().nullable();
// The columns an import may change, each with what it may hold; anything else in `before` is left alone.
const COLUMNS = {
  name: z.string().min(1),
  email: text,
  phone: text,
  city: text,
  ownerId: z.guid().nullable(),
  teamId: z.guid().nullable(),
  journeyStage: z.enum(JourneyStage),
  externalId: text,
  notes: text,
} as const;
type Column = keyof typeof COLUMNS;
const COLUMN_NAMES = Object.keys(COLUMNS) as Column[];

const beforeSchema = z.object({
  fields: z.record(z.string(), z.object({ from: z.unknown(), to: z.unknown() })).default({}),
  consents: z
    .partialRecord(z.enum(ConsentPurpose), z.object({ from: z.boolean().nullable(), to: z.boolean() }))
    .default({}),
});

export type UpdatedChange = { customerId: string; before: unknown; erased: boolean };
type Current = Record<Column, unknown> & { id: string };

const same = (a: unknown, b: unknown) => (a ?? null) === (b ?? null);

/** The column values to put back on one customer: those still as the import left them. */
function columnsToRestore(
  before: z.output<typeof beforeSchema>,
  current: Current,
): Prisma.CustomerUncheckedUpdateInput {
  const data: Record<string, unknown> = {};
  for (const column of COLUMN_NAMES) {
    const change = before.fields[column];
    if (!change || !same(current[column], change.to)) continue;
    const from = COLUMNS[column].safeParse(change.from ?? null);
    if (from.success) data[column] = from.data;
  }
  return data as Prisma.CustomerUncheckedUpdateInput;
}

/**
 * Puts back what the import changed on these customers, in the caller's transaction. Returns how
 * many got at least one value back; the rest were edited since in every value it set (or erased).
 */
export async function restoreUpdatedCustomers(
  tx: Prisma.TransactionClient,
  changes: UpdatedChange[],
  ctx: { now: Date; actorId: string | null },
): Promise<{ restored: number; unchanged: number }> {
  const live = changes.filter((c) => !c.erased);
  const ids = live.map((c) => c.customerId);
  const [customers, consents] = ids.length
    ? await Promise.all([
        tx.customer.findMany({ where: { id: { in: ids } }, select: { id: true, ...selectColumns } }),
        tx.consent.findMany({
          where: { customerId: { in: ids } },
          select: { customerId: true, purpose: true, granted: true },
        }),
      ])
    : [[], []];
  const byId = new Map(customers.map((c) => [c.id, c as Current]));
  let restored = 0;
  for (const change of live) {
    const current = byId.get(change.customerId);
    const parsed = beforeSchema.safeParse(change.before ?? {});
    if (!current || !parsed.success) continue;
    const data = columnsToRestore(parsed.data, current);
    let changed = Object.keys(data).length > 0;
    if (changed)
      await tx.customer.update({
        where: { id: current.id },
        data: { ...data, updatedAt: ctx.now },
        select: { id: true },
      });
    for (const [purpose, consent] of Object.entries(parsed.data.consents) as [
      ConsentPurpose,
      { from: boolean | null; to: boolean },
    ][]) {
      const now = consents.find((c) => c.customerId === current.id && c.purpose === purpose)?.granted ?? null;
      if (now !== consent.to) continue;
      await restoreConsent(tx, current.id, purpose, consent.from, ctx);
      changed = true;
    }
    if (changed) restored++;
  }
  return { restored, unchanged: changes.length - restored };
}

const selectColumns = Object.fromEntries(COLUMN_NAMES.map((c) => [c, true])) as Record<Column, true>;

/** Back to the answer before the import; none at all (never asked) removes the current answer. */
async function restoreConsent(
  tx: Prisma.TransactionClient,
  customerId: string,
  purpose: ConsentPurpose,
  from: boolean | null,
  ctx: { now: Date; actorId: string | null },
) {
  const key = { customerId_purpose: { customerId, purpose } };
  if (from === null) await tx.consent.delete({ where: key, select: { customerId: true } });
  else
    await tx.consent.update({ where: key, data: { granted: from, updatedAt: ctx.now }, select: { customerId: true } });
  // The history keeps the step back; "never asked" reads as not given.
  await tx.consentEvent.create({
    data: {
      customerId,
      purpose,
      granted: from ?? false,
      source: IMPORT_UNDONE_CONSENT_SOURCE,
      recordedById: ctx.actorId,
      occurredAt: ctx.now,
    },
    select: { id: true },
  });
}
