import "server-only";
import crypto from "node:crypto";
import type { ConsentPurpose, Locale, Prisma } from "@/generated/prisma/client";
import type { MappedRow } from "@/lib/customer-import/rows";
import type { DuplicateChoice } from "@/lib/validation/customer-import";
import type { ImportCountry } from "@/lib/customer-import/fields";
import { existingFor, findExisting, ownerOf, resolveReferences, teamOf } from "./lookups";

// One batch of rows into the database, inside the import job's transaction. A row that matches no
// customer creates one; a row that matches a customer (one Reise had, or one an earlier row of this
// file created) is skipped or updates it, as the manager chose. Updates write only the values the
// file has, and remember the values they replaced, so undo can put them back (undo.ts).

type Tx = Prisma.TransactionClient;

export const IMPORTED_FIELDS = [
  "name",
  "email",
  "phone",
  "city",
  "ownerId",
  "teamId",
  "journeyStage",
  "externalId",
  "notes",
] as const;
type Field = (typeof IMPORTED_FIELDS)[number];
type Values = Partial<Record<Field, string | null>>;
export type ChangeBefore = {
  fields: Partial<Record<Field, { from: string | null; to: string | null }>>;
  consents?: Partial<Record<ConsentPurpose, { from: boolean | null; to: boolean }>>;
};

const LOCALE: Record<ImportCountry, Locale> = { NO: "nb", DK: "da", SE: "en" };
export const IMPORT_CONSENT_SOURCE = "import";

export type BatchInput = {
  importId: string;
  rows: MappedRow[];
  now: Date;
  actorId: string;
  duplicates: DuplicateChoice;
  teamId: string | null;
  country: ImportCountry;
};

function consentsOf(row: MappedRow): [ConsentPurpose, boolean][] {
  const out: [ConsentPurpose, boolean][] = [];
  if (row.emailConsent !== null) out.push(["MARKETING_EMAIL", row.emailConsent]);
  if (row.smsConsent !== null) out.push(["SMS", row.smsConsent]);
  return out;
}

export async function writeBatch(tx: Tx, input: BatchInput) {
  const { rows, now, importId } = input;
  const [index, refs] = await Promise.all([findExisting(tx, rows), resolveReferences(tx, rows)]);
  const counts = { created: 0, updated: 0, skipped: 0 };
  const creates = new Map<string, Prisma.CustomerCreateManyInput>();
  const createdConsents = new Map<string, Map<ConsentPurpose, boolean>>();
  const updates = new Map<string, { values: Values; consents: Map<ConsentPurpose, boolean> }>();

  const valuesOf = (row: MappedRow): Values => {
    const owner = ownerOf(refs, row);
    const v: Values = {
      name: row.name,
      email: row.email,
      phone: row.phone,
      city: row.city,
      ownerId: owner?.userId ?? null,
      teamId: teamOf(refs, row) ?? owner?.teamId ?? null,
      journeyStage: row.journeyStage,
      externalId: row.externalId,
      notes: row.notes,
    };
    // Only what the file says: an empty cell never blanks a value Reise has.
    return Object.fromEntries(Object.entries(v).filter(([, value]) => value !== null && value !== "")) as Values;
  };

  for (const row of rows) {
    const match = existingFor(index, row);
    if (!match) {
      const id = crypto.randomUUID();
      const v = valuesOf(row);
      creates.set(id, {
        id,
        name: row.name,
        email: v.email ?? null,
        phone: v.phone ?? null,
        city: v.city ?? null,
        ownerId: v.ownerId ?? null,
        teamId: v.teamId ?? input.teamId,
        journeyStage: (v.journeyStage as Prisma.CustomerCreateManyInput["journeyStage"]) ?? undefined,
        externalId: v.externalId ?? null,
        notes: v.notes ?? null,
        locale: LOCALE[input.country],
        ...(input.country === "DK" ? { currency: "DKK" as const } : {}),
        createdAt: now,
        updatedAt: now,
      });
      createdConsents.set(id, new Map(consentsOf(row)));
      if (row.email) index.byEmail.set(row.email, id);
      if (row.phone) index.byPhone.set(row.phone, id);
      counts.created++;
      continue;
    }
    if (input.duplicates === "skip") {
      counts.skipped++;
      continue;
    }
    const pending = creates.get(match);
    if (pending) {
      // A later row of the file about a customer an earlier row of this batch creates.
      const v = valuesOf(row);
      for (const [k, value] of Object.entries(v)) (pending as Record<string, unknown>)[k] = value;
      for (const [p, g] of consentsOf(row)) createdConsents.get(match)!.set(p, g);
      counts.updated++;
      continue;
    }
    const update = updates.get(match) ?? { values: {}, consents: new Map() };
    Object.assign(update.values, valuesOf(row));
    for (const [p, g] of consentsOf(row)) update.consents.set(p, g);
    updates.set(match, update);
  }

  if (creates.size) {
    await insertCustomers(tx, importId, [...creates.values()], now);
    const consentRows = [...createdConsents].flatMap(([customerId, m]) =>
      [...m].map(([purpose, granted]) => ({ customerId, purpose, granted })),
    );
    if (consentRows.length) {
      await tx.consent.createMany({ data: consentRows.map((c) => ({ ...c, updatedAt: now })) });
      await tx.consentEvent.createMany({
        data: consentRows.map((c) => ({
          ...c,
          source: IMPORT_CONSENT_SOURCE,
          recordedById: input.actorId,
          occurredAt: now,
        })),
      });
    }
  }
  if (updates.size) {
    const updated = await applyUpdates(tx, input, updates);
    counts.updated += updated;
    counts.skipped += updates.size - updated;
  }
  return counts;
}

async function applyUpdates(
  tx: Tx,
  input: BatchInput,
  updates: Map<string, { values: Values; consents: Map<ConsentPurpose, boolean> }>,
): Promise<number> {
  const { importId, now } = input;
  const ids = [...updates.keys()];
  const [current, consents, changes] = await Promise.all([
    tx.customer.findMany({ where: { id: { in: ids } }, select: { id: true, ...selectFields() } }),
    tx.consent.findMany({
      where: { customerId: { in: ids } },
      select: { customerId: true, purpose: true, granted: true },
    }),
    tx.customerImportChange.findMany({ where: { importId, customerId: { in: ids } } }),
  ]);
  const consentOf = new Map(consents.map((c) => [`${c.customerId}:${c.purpose}`, c.granted]));
  const changeOf = new Map(changes.map((c) => [c.customerId, c]));
  let changedCount = 0;
  for (const customer of current) {
    const { values, consents: wanted } = updates.get(customer.id)!;
    const earlier = changeOf.get(customer.id);
    const before: ChangeBefore = (earlier?.before as ChangeBefore | null) ?? { fields: {} };
    const data: Values = {};
    for (const field of IMPORTED_FIELDS) {
      const to = values[field];
      const from = (customer as Record<string, unknown>)[field] as string | null;
      if (to === undefined || to === from) continue;
      data[field] = to;
      before.fields[field] = { from: before.fields[field]?.from ?? from, to };
    }
    const consentChanges: [ConsentPurpose, boolean][] = [];
    for (const [purpose, granted] of wanted) {
      const from = consentOf.get(`${customer.id}:${purpose}`) ?? null;
      if (from === granted) continue;
      consentChanges.push([purpose, granted]);
      before.consents = {
        ...before.consents,
        [purpose]: { from: before.consents?.[purpose]?.from ?? from, to: granted },
      };
    }
    if (!Object.keys(data).length && !consentChanges.length) continue;
    changedCount++;
    await tx.customer.update({
      where: { id: customer.id },
      data: { ...(data as Prisma.CustomerUncheckedUpdateInput), updatedAt: now },
      select: { id: true },
    });
    for (const [purpose, granted] of consentChanges) {
      await tx.consent.upsert({
        where: { customerId_purpose: { customerId: customer.id, purpose } },
        create: { customerId: customer.id, purpose, granted, updatedAt: now },
        update: { granted, updatedAt: now },
      });
      await tx.consentEvent.create({
        data: {
          customerId: customer.id,
          purpose,
          granted,
          source: IMPORT_CONSENT_SOURCE,
          recordedById: input.actorId,
          occurredAt: now,
        },
      });
    }
    if (earlier?.kind === "CREATED") {
      // Still this import's own customer: undo removes it as long as nobody else touched it.
      await tx.customerImportChange.update({
        where: { importId_customerId: { importId, customerId: customer.id } },
        data: { at: now },
      });
    } else if (earlier) {
      await tx.customerImportChange.update({
        where: { importId_customerId: { importId, customerId: customer.id } },
        data: { before, at: now },
      });
    } else {
      await tx.customerImportChange.create({
        data: { importId, customerId: customer.id, kind: "UPDATED", before, at: now },
      });
    }
  }
  return changedCount;
}

function selectFields() {
  return Object.fromEntries(IMPORTED_FIELDS.map((f) => [f, true])) as Record<Field, true>;
}

/**
 * The batch's new customers and their change rows, each in one statement over arrays: on the
 * embedded database this is several times faster than Prisma's createMany, which binds every value
 * of every row as a parameter of its own.
 */
async function insertCustomers(tx: Tx, importId: string, rows: Prisma.CustomerCreateManyInput[], now: Date) {
  const col = <K extends keyof Prisma.CustomerCreateManyInput>(k: K) => rows.map((r) => (r[k] ?? null) as unknown);
  await tx.$executeRaw`
    INSERT INTO "Customer" (id, name, email, phone, city, "ownerId", "teamId", "journeyStage", "externalId", notes,
                            locale, currency, "createdAt", "updatedAt")
    SELECT u.id, u.name, u.email, u.phone, u.city, u.owner, u.team, COALESCE(u.stage, 'NEED')::"JourneyStage",
           u.ext, u.notes, u.locale::"Locale", u.currency::"Currency", ${now}, ${now}
      FROM unnest(${col("id")}::uuid[], ${col("name")}::text[], ${col("email")}::text[], ${col("phone")}::text[],
                  ${col("city")}::text[], ${col("ownerId")}::uuid[], ${col("teamId")}::uuid[],
                  ${col("journeyStage")}::text[], ${col("externalId")}::text[], ${col("notes")}::text[],
                  ${col("locale")}::text[], ${rows.map((r) => r.currency ?? "NOK")}::text[])
        AS u(id, name, email, phone, city, owner, team, stage, ext, notes, locale, currency)`;
  await tx.$executeRaw`
    INSERT INTO "CustomerImportChange" ("importId", "customerId", kind, at)
    SELECT ${importId}::uuid, id, 'CREATED', ${now} FROM unnest(${col("id")}::uuid[]) AS id`;
}
