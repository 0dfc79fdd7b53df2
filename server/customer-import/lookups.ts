import "server-only";
import type { Prisma } from "@/generated/prisma/client";
import type { MappedRow } from "@/lib/customer-import/rows";

// What the rows of an import refer to in Reise: customers that already have a row's e-mail or phone,
// and the owners and teams the file names. Bounded: callers pass one batch of rows at a time.

type Db = Prisma.TransactionClient;

const CHUNK = 1000;

export type ExistingIndex = { byEmail: Map<string, string>; byPhone: Map<string, string> };

/** Customers (not erased) holding these rows' e-mails (case-insensitive) or phones. */
export async function findExisting(db: Db, rows: MappedRow[]): Promise<ExistingIndex> {
  const index: ExistingIndex = { byEmail: new Map(), byPhone: new Map() };
  const emails = [...new Set(rows.map((r) => r.email).filter((v): v is string => !!v))];
  const phones = [...new Set(rows.map((r) => r.phone).filter((v): v is string => !!v))];
  for (let i = 0; i < emails.length; i += CHUNK) {
    const found = await db.$queryRaw<{ v: string; id: string }[]>`
      SELECT lower(email) AS v, id::text AS id FROM "Customer"
       WHERE "erasedAt" IS NULL AND lower(email) = ANY(${emails.slice(i, i + CHUNK)}::text[])
       ORDER BY "createdAt", id`;
    for (const { v, id } of found) if (!index.byEmail.has(v)) index.byEmail.set(v, id);
  }
  for (let i = 0; i < phones.length; i += CHUNK) {
    const found = await db.$queryRaw<{ v: string; id: string }[]>`
      SELECT phone AS v, id::text AS id FROM "Customer"
       WHERE "erasedAt" IS NULL AND phone = ANY(${phones.slice(i, i + CHUNK)}::text[])
       ORDER BY "createdAt", id`;
    for (const { v, id } of found) if (!index.byPhone.has(v)) index.byPhone.set(v, id);
  }
  return index;
}

export function existingFor(index: ExistingIndex, row: MappedRow): string | null {
  return (row.email && index.byEmail.get(row.email)) || (row.phone && index.byPhone.get(row.phone)) || null;
}

export type Staff = { userId: string; teamId: string | null };
export type References = { owners: Map<string, Staff>; teams: Map<string, string> };

const key = (v: string) => v.trim().toLowerCase();

/**
 * Owners named by e-mail or by name (active staff only: a customer is never given to a customer
 * login or a disabled user), and teams by name. A name two staff share is not guessed.
 */
export async function resolveReferences(db: Db, rows: MappedRow[]): Promise<References> {
  const ownerValues = [...new Set(rows.map((r) => r.owner && key(r.owner)).filter((v): v is string => !!v))];
  const teamValues = [...new Set(rows.map((r) => r.team && key(r.team)).filter((v): v is string => !!v))];
  const owners = new Map<string, Staff>();
  const teams = new Map<string, string>();
  if (ownerValues.length) {
    const users = await db.$queryRaw<{ id: string; email: string; name: string; teamId: string | null }[]>`
      SELECT id::text AS id, lower(email) AS email, lower(name) AS name, "teamId"::text AS "teamId" FROM "User"
       WHERE active AND role IN ('SALES', 'MANAGER')
         AND (lower(email) = ANY(${ownerValues}::text[]) OR lower(name) = ANY(${ownerValues}::text[]))
       LIMIT 10000`;
    const byName = new Map<string, Staff[]>();
    for (const u of users) {
      owners.set(u.email, { userId: u.id, teamId: u.teamId });
      byName.set(u.name, [...(byName.get(u.name) ?? []), { userId: u.id, teamId: u.teamId }]);
    }
    for (const [name, staff] of byName) if (staff.length === 1 && !owners.has(name)) owners.set(name, staff[0]);
  }
  if (teamValues.length) {
    const found = await db.$queryRaw<{ id: string; name: string }[]>`
      SELECT id::text AS id, lower(name) AS name FROM "Team" WHERE lower(name) = ANY(${teamValues}::text[]) LIMIT 10000`;
    for (const t of found) teams.set(t.name, t.id);
  }
  return { owners, teams };
}

export function ownerOf(refs: References, row: MappedRow): Staff | null {
  return row.owner ? (refs.owners.get(key(row.owner)) ?? null) : null;
}

export function teamOf(refs: References, row: MappedRow): string | null {
  return row.team ? (refs.teams.get(key(row.team)) ?? null) : null;
}
