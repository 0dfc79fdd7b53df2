import "server-only";
import crypto from "node:crypto";
import { getDb } from "@/server/db";
import type { AppSession } from "@/server/auth/session";
import { mayManageCustomerData } from "@/server/access/customer";
import { recordAudit } from "@/server/audit";
import { segmentAudience } from "@/lib/segment-audience";
import { customerFiltersToSearch } from "@/lib/validation/customer-filters-url";
import { parseCustomerFilters, segmentFiltersOf } from "@/lib/validation/customer-filters";
import { customerCsvStream } from "./export-csv";
import { getSegment } from "./segments";

// Exporting customers is for managers only: a file of names, emails and phones is the data most
// worth stealing. Anyone else gets null (the route answers 404: the export does not exist for them).
// The audit row is written before the first byte goes out, so no export goes unrecorded.

export async function startCustomerExport(session: AppSession | null, params: URLSearchParams, now = new Date()) {
  if (!mayManageCustomerData(session)) return null;
  const asked = parseCustomerFilters(params);
  const segment = await getSegment(session, asked.segment);
  const filters = segmentFiltersOf(segment ? segmentAudience(asked, segment) : asked);
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
      },
    }),
  );
  const stamp = now.toISOString().slice(0, 10);
  return { fileName: `customers-${stamp}.csv`, body: customerCsvStream(session, filters, now) };
}
