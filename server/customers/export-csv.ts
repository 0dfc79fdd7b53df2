import "server-only";
import { Prisma } from "@/generated/prisma/client";
import { stringify } from "csv-stringify/sync";
import { getDb } from "@/server/db";
import type { AppSession } from "@/server/auth/session";
import type { CsvDialect } from "@/lib/validation/export-format";
import type { SegmentAudienceFilters } from "@/lib/validation/customer-filters";
import { keyCol, keysetAfter, keysetOrderBy, type CursorValue } from "@/server/lists/keyset";
import { customerFilterSql } from "./list-filter-sql";
import { openStageSql } from "@/server/leads/open-stage-sql";
import type { ExportFormatter, ExportRow } from "./export-columns";

// The customer export as a stream of CSV text: keyset batches in name order (the (name, id) index),
// each turned into CSV and handed on before the next is read, so 100k rows never sit in memory
// together. The dialect (delimiter, BOM, line ends) is the reader's choice; csv-stringify quotes any
// cell holding the delimiter, a quote or a line break, so names with ";" or notes over two lines
// read back whole.

export const EXPORT_BATCH = 1000;

const KEYS = [keyCol("name", "asc", "text"), keyCol("id", "asc", "uuid")];

async function batch(
  session: AppSession,
  filters: SegmentAudienceFilters,
  now: Date,
  after: CursorValue[] | null,
): Promise<ExportRow[]> {
  const db = await getDb();
  return db.$queryRaw<ExportRow[]>`
    SELECT c.id, c.name, c.email, c.phone, c.city, o.email AS owner, tm.name AS team,
           c."journeyStage"::text AS "journeyStage", email_consent.granted AS "emailConsent",
           sms_consent.granted AS "smsConsent", c."externalId", c.notes,
           c."loyaltyTier"::text AS "loyaltyTier", c."loyaltyPoints",
           c."lastActivityAt", open_lead.yes IS NOT NULL AS "hasOpenLead"
      FROM "Customer" c
      LEFT JOIN "User" o ON o.id = c."ownerId"
      LEFT JOIN "Team" tm ON tm.id = c."teamId"
      -- Per-row index lookups (LATERAL … LIMIT 1). As EXISTS, the planner hashes every open lead and
      -- every consent once per batch: 250 ms a batch at 100k customers, most of the export's time.
      LEFT JOIN LATERAL (SELECT true AS yes FROM "Lead" l WHERE l."customerId" = c.id AND ${openStageSql("l")} LIMIT 1) open_lead ON TRUE
      LEFT JOIN LATERAL (SELECT k.granted FROM "Consent" k WHERE k."customerId" = c.id AND k.purpose = 'MARKETING_EMAIL') email_consent ON TRUE
      LEFT JOIN LATERAL (SELECT k.granted FROM "Consent" k WHERE k."customerId" = c.id AND k.purpose = 'SMS') sms_consent ON TRUE
     WHERE ${customerFilterSql(session, filters, now)} AND ${after ? keysetAfter("c", KEYS, after) : Prisma.sql`TRUE`}
     ORDER BY ${keysetOrderBy("c", KEYS)}
     LIMIT ${EXPORT_BATCH}`;
}

/**
 * The CSV as a byte stream, read batch by batch as the client reads it (pull): a slow download
 * holds one batch, not the export. The caller authorizes; `onEnd` learns how many rows went out,
 * and whether the download finished or the reader went away first.
 */
export function customerCsvStream(
  session: AppSession,
  filters: SegmentAudienceFilters,
  now: Date,
  out: { dialect: CsvDialect; formatter: ExportFormatter },
  onEnd?: (rows: number, complete: boolean) => Promise<void>,
): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const { dialect, formatter } = out;
  const csv = (records: string[][]) =>
    stringify(records, { delimiter: dialect.delimiter, record_delimiter: dialect.recordDelimiter });
  let after: CursorValue[] | null = null;
  let rows = 0;
  let started = false;
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        if (!started) {
          started = true;
          controller.enqueue(encoder.encode(`${dialect.bom ? "\uFEFF" : ""}${csv([formatter.header])}`));
          return;
        }
        const page = await batch(session, filters, now, after);
        if (page.length) {
          rows += page.length;
          controller.enqueue(encoder.encode(csv(page.map(formatter.cells))));
          const last = page[page.length - 1];
          after = [last.name, last.id];
        }
        if (page.length < EXPORT_BATCH) {
          // Recorded before the stream closes, so the download ends only once its count is in the log.
          await onEnd?.(rows, true);
          controller.close();
        }
      },
      async cancel() {
        await onEnd?.(rows, false);
      },
    },
    { highWaterMark: 1 },
  );
}
