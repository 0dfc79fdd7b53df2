import "server-only";
import crypto from "node:crypto";
import { getDb } from "@/server/db";
import type { AppSession } from "@/server/auth/session";
import { mayManageCustomerData } from "@/server/access/customer";
import { recordAudit } from "@/server/audit";
import { segmentAudience } from "@/lib/segment-audience";
import { customerFiltersToSearch } from "@/lib/validation/customer-filters-url";
import { parseCustomerFilters, segmentFiltersOf } from "@/lib/validation/customer-filters";
import { CSV_DIALECTS, parseExportFormat } from "@/lib/validation/export-format";
import { customerCsvStream } from "./export-csv";
import { exportFormatter } from "./export-columns";
import { getSegment } from "./segments";

// Exporting customers is for managers only: a file of names, emails and phones is the data most
// worth stealing. Anyone else gets null (the route answers 404: the export does not exist for them).
// The audit row is written before the first byte goes out, so no export goes unrecorded.
// `?format=` picks the dialect (lib/validation/export-format.ts); an unknown one is refused before
// anything is audited or read, and the route answers 400 with `message`. When the last row has gone
// out (or the reader went away), a second entry for the same export says how many rows left.

export type StartedExport =
  { ok: true; fileName: string; body: ReadableStream<Uint8Array> } | { ok: false; status: 400; message: string };

export async function startCustomerExport(
  session: AppSession | null,
  params: URLSearchParams,
  now = new Date(),
): Promise<StartedExport | null> {
  if (!mayManageCustomerData(session)) return null;
  const format = parseExportFormat(params, session.locale);
  const formatter = await exportFormatter(session.locale, session.timeZone);
  if (!format.ok) return { ok: false, status: 400, message: formatter.badFormat };
  const asked = parseCustomerFilters(params);
  const segment = await getSegment(session, asked.segment);
  const filters = segment
    ? { ...segmentFiltersOf(segmentAudience(asked, segment)), members: segment.id }
    : segmentFiltersOf(asked);
  const exportId = crypto.randomUUID();
  const db = await getDb();
  await db.$transaction((tx) =>
    recordAudit(tx, {
      actorId: session.userId,
      action: "customers.exported",
      entityType: "CustomerExport",
      entityId: exportId,
      data: {
        filters: customerFiltersToSearch({ ...asked, ...filters, sort: "activity", cursor: undefined }),
        segmentId: segment?.id ?? null,
        format: format.format,
      },
    }),
  );
  const stamp = now.toISOString().slice(0, 10);
  const dialect = CSV_DIALECTS[format.format];
  return {
    ok: true,
    fileName: `customers-${stamp}.csv`,
    body: customerCsvStream(session, filters, now, { dialect, formatter }, (rows, complete) =>
      db.$transaction((tx) =>
        recordAudit(tx, {
          actorId: session.userId,
          action: "customers.export_finished",
          entityType: "CustomerExport",
          entityId: exportId,
          data: { rows, complete },
        }),
      ),
    ),
  };
}
