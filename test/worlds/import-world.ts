import "server-only";
import type { Prisma, PrismaClient } from "@/generated/prisma/client";
import type { ConsentPurpose } from "@/generated/prisma/enums";

// Imports as the import job leaves them (server/customer-import/import-job.ts), written straight
// with Prisma so the history and undo tests say exactly what an import did: a created customer
// with createdAt = updatedAt = the change's instant and its consents from the file (source
// "import"), an updated one with { fields: { column: { from, to } }, consents } in `before`.

type ImportSeed = { createdById: string; at: Date; fileName?: string; state?: "DONE" | "REVIEW" | "UNDONE" };

export async function makeImport(db: PrismaClient, seed: ImportSeed) {
  return db.customerImport.create({
    data: {
      createdById: seed.createdById,
      fileName: seed.fileName ?? "kunder.csv",
      options: {},
      state: seed.state ?? "DONE",
      createdAt: seed.at,
      finishedAt: seed.state === "REVIEW" ? null : seed.at,
    },
    select: { id: true },
  });
}

/** A customer the import created at `at`, with the consents the file gave. */
export async function importCreated(
  db: PrismaClient,
  importId: string,
  at: Date,
  data: { name: string; email?: string },
  consents: ConsentPurpose[] = [],
) {
  const customer = await db.customer.create({ data: { ...data, createdAt: at, updatedAt: at }, select: { id: true } });
  for (const purpose of consents) {
    await db.consent.create({ data: { customerId: customer.id, purpose, granted: true, updatedAt: at } });
    await db.consentEvent.create({
      data: { customerId: customer.id, purpose, granted: true, source: "import", occurredAt: at },
    });
  }
  await db.customerImportChange.create({ data: { importId, customerId: customer.id, kind: "CREATED", at } });
  await db.customerImport.update({ where: { id: importId }, data: { createdCount: { increment: 1 } } });
  return customer.id;
}

type Fields = { name?: string } & Partial<
  Record<"email" | "phone" | "city" | "ownerId" | "teamId" | "externalId", string | null>
>;

/** An existing customer (made at `existedAt` with `from`), then updated by the import at `at` to `to`. */
export async function importUpdated(
  db: PrismaClient,
  importId: string,
  at: Date,
  change: {
    existedAt: Date;
    from: Fields & { name: string };
    to: Fields;
    consents?: Partial<Record<ConsentPurpose, { from: boolean | null; to: boolean }>>;
  },
) {
  const customer = await db.customer.create({
    data: { ...change.from, createdAt: change.existedAt, updatedAt: change.existedAt },
    select: { id: true },
  });
  const fields = Object.fromEntries(
    Object.entries(change.to).map(([column, to]) => [
      column,
      { from: change.from[column as keyof Fields] ?? null, to },
    ]),
  );
  await db.customer.update({ where: { id: customer.id }, data: { ...change.to, updatedAt: at } });
  for (const [purpose, consent] of Object.entries(change.consents ?? {})) {
    const key = { customerId: customer.id, purpose: purpose as ConsentPurpose };
    if (consent.from !== null)
      await db.consent.create({ data: { ...key, granted: consent.from, updatedAt: change.existedAt } });
    await db.consent.upsert({
      where: { customerId_purpose: key },
      create: { ...key, granted: consent.to, updatedAt: at },
      update: { granted: consent.to, updatedAt: at },
    });
    await db.consentEvent.create({ data: { ...key, granted: consent.to, source: "import", occurredAt: at } });
  }
  const before = { fields, ...(change.consents ? { consents: change.consents } : {}) } as Prisma.InputJsonObject;
  await db.customerImportChange.create({ data: { importId, customerId: customer.id, kind: "UPDATED", before, at } });
  await db.customerImport.update({ where: { id: importId }, data: { updatedCount: { increment: 1 } } });
  return customer.id;
}
