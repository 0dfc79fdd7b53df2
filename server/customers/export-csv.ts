import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { stringify } from "csv-stringify/sync";
import { getDb } from "@/server/db";
import type { AppSession } from "@/server/auth/session";
import { neutraliseFormula } from "@/lib/csv-formula";
import type { CustomerSegmentFilters } from "@/lib/validation/customer-filters";
import { keyCol, keysetAfter, keysetOrderBy, type CursorValue } from "@/server/lists/keyset";
import { customerFilterSql } from "./list-filter-sql";
import { openStageSql } from "@/server/leads/open-stage-sql";

// The customer export as a stream of CSV text: keyset batches in name order (the (name, id) index),
// each turned into CSV and handed on before the next is read, so 100k rows never sit in memory
// together. Every cell goes through neutraliseFormula (CSV formula injection).

export const EXPORT_BATCH = 1000;
export const EXPORT_COLUMNS = [
  "id",
  "name",
  "email",
  "phone",
  "city",
  "loyaltyTier",
  "loyaltyPoints",
  "journeyStage",
  "owner",
  "lastActivityAt",
  "hasOpenLead",
  "marketingConsent",
] as const;

const KEYS = [keyCol("name", "asc", "text"), keyCol("id", "asc", "uuid")];

type ExportRow = {
  id: string;
  name: string;
  email: string | null;
  phone: string | null;
  city: string | null;
  loyaltyTier: string;
  loyaltyPoints: number;
  journeyStage: string;
  owner: string | null;
  lastActivityAt: Date | string | null;
  hasOpenLead: boolean;
  marketingConsent: boolean;
};

async function batch(
  session: AppSession,
  filters: CustomerSegmentFilters,
  now: Date,
  after: CursorValue[] | null,
): Promise<ExportRow[]> {
  const db = await getDb();
  return db.$queryRaw<ExportRow[]>`
    SELECT c.id, c.name, c.email, c.phone, c.city, c."loyaltyTier"::text AS "loyaltyTier", c."loyaltyPoints",
           c."journeyStage"::text AS "journeyStage", o.name AS owner, c."lastActivityAt",
           open_lead.yes IS NOT NULL AS "hasOpenLead", consent.yes IS NOT NULL AS "marketingConsent"
      FROM "Customer" c
      LEFT JOIN "User" o ON o.id = c."ownerId"
      -- Per-row index lookups (LATERAL … LIMIT 1). As EXISTS, the planner hashes every open lead and
      -- every consent once per batch: 250 ms a batch at 100k customers, most of the export's time.
      LEFT JOIN LATERAL (SELECT true AS yes FROM "Lead" l WHERE l."customerId" = c.id AND ${openStageSql("l")} LIMIT 1) open_lead ON TRUE
      LEFT JOIN LATERAL (SELECT true AS yes FROM "Consent" k WHERE k."customerId" = c.id AND k.purpose = 'MARKETING_EMAIL' AND k.granted LIMIT 1) consent ON TRUE
     WHERE ${customerFilterSql(session, filters, now)} AND ${after ? keysetAfter("c", KEYS, after) : Prisma.sql`TRUE`}
     ORDER BY ${keysetOrderBy("c", KEYS)}
     LIMIT ${EXPORT_BATCH}`;
}

function toCells(r: ExportRow): string[] {
  const at = r.lastActivityAt === null ? null : new Date(r.lastActivityAt).toISOString();
  return [
    r.id,
    r.name,
    r.email,
    r.phone,
    r.city,
    r.loyaltyTier,
    r.loyaltyPoints,
    r.journeyStage,
    r.owner,
    at,
    r.hasOpenLead,
    r.marketingConsent,
  ].map(neutraliseFormula);
}

/**
 * The CSV as a byte stream, read batch by batch as the client reads it (pull): a slow download
 * holds one batch, not the export. Starts with a BOM so spreadsheet programs read it as UTF-8.
 * The caller authorizes; `onDone` learns how many rows went out.
 */
export function customerCsvStream(
  session: AppSession,
  filters: CustomerSegmentFilters,
  now: Date,
  onDone?: (rows: number) => void,
): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  let after: CursorValue[] | null = null;
  let rows = 0;
  let started = false;
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        if (!started) {
          started = true;
          controller.enqueue(encoder.encode(`\uFEFF${stringify([EXPORT_COLUMNS as unknown as string[]])}`));
          return;
        }
        const page = await batch(session, filters, now, after);
        if (page.length) {
          rows += page.length;
          controller.enqueue(encoder.encode(stringify(page.map(toCells))));
          const last = page[page.length - 1];
          after = [last.name, last.id];
        }
        if (page.length < EXPORT_BATCH) {
          controller.close();
          onDone?.(rows);
        }
      },
    },
    { highWaterMark: 1 },
  );
}
