import "server-only";
import crypto from "node:crypto";
import { z } from "zod";
import { getDb } from "@/server/db";

// A finished customer import of the test's own, as the import job leaves one (the e2e suite seeds
// it directly until the real import lands on main): `created` new customers, one of which someone
// has called since (a touchpoint, so undo keeps it), and one existing customer whose city the
// import changed from Oslo to Bergen. Names carry a tag nobody else uses.
export const customerImportFixtureSchema = z.object({
  kind: z.literal("customerImport"),
  ownerEmail: z.email(),
  created: z.number().int().min(1).max(20).default(3),
});
export type CustomerImportFixture = z.infer<typeof customerImportFixtureSchema>;

export async function createCustomerImportFixture(input: CustomerImportFixture) {
  const db = await getDb();
  const tag = crypto.randomUUID().slice(0, 8);
  const owner = await db.user.findUniqueOrThrow({ where: { email: input.ownerEmail }, select: { id: true } });
  const at = new Date();
  const existing = await db.customer.create({
    data: { name: `Updated ${tag}`, city: "Oslo", locale: "en", createdAt: new Date(at.getTime() - 86_400_000) },
    select: { id: true },
  });
  return db.$transaction(async (tx) => {
    const imp = await tx.customerImport.create({
      data: {
        createdById: owner.id,
        fileName: `contacts-${tag}.csv`,
        options: {},
        state: "DONE",
        totalRows: input.created + 2,
        createdCount: input.created,
        updatedCount: 1,
        skippedCount: 1,
        createdAt: at,
        finishedAt: at,
      },
      select: { id: true, fileName: true },
    });
    const created: string[] = [];
    for (let i = 0; i < input.created; i++) {
      const customer = await tx.customer.create({
        data: { name: `Imported ${i} ${tag}`, locale: "en", createdAt: at, updatedAt: at },
        select: { id: true },
      });
      await tx.customerImportChange.create({
        data: { importId: imp.id, customerId: customer.id, kind: "CREATED", at },
      });
      created.push(customer.id);
    }
    await tx.touchpoint.create({
      data: {
        customerId: created[0],
        occurredAt: at,
        channel: "PHONE",
        direction: "OUTBOUND",
        phase: "BEFORE",
        owner: "BRAND",
        kind: "PAGE_VIEW",
        stage: "NEED",
        summary: "Called after the import",
      },
    });
    await tx.customer.update({ where: { id: existing.id }, data: { city: "Bergen", updatedAt: at } });
    await tx.customerImportChange.create({
      data: {
        importId: imp.id,
        customerId: existing.id,
        kind: "UPDATED",
        before: { fields: { city: { from: "Oslo", to: "Bergen" } } },
        at,
      },
    });
    return {
      importId: imp.id,
      fileName: imp.fileName,
      kept: created[0],
      removed: created.slice(1),
      updated: existing.id,
    };
  });
}
