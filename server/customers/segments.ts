import "server-only";
import { getDb } from "@/server/db";
import type { AppSession } from "@/server/auth/session";
import { segmentAudience } from "@/lib/segment-audience";
import { customerFiltersToSearch } from "@/lib/validation/customer-filters-url";
import {
  customerSegmentFiltersSchema,
  DEFAULT_CUSTOMER_FILTERS,
  type CustomerSegmentFilters,
} from "@/lib/validation/customer-filters";
import { segmentWhere } from "@/server/access/segment";
import { assertStaff } from "@/server/access/staff";

// Saved segments: listing the ones the segment rule (server/access/segment.ts) shows, and reading their filters back. A
// segment's JSON was written by
// an older version of the app, or by hand in the database: it is parsed on every read, and what no
// longer fits falls back to "no filter" field by field.

export function readSegmentFilters(json: unknown): CustomerSegmentFilters {
  const parsed = customerSegmentFiltersSchema.safeParse(json && typeof json === "object" ? json : {});
  return parsed.success ? parsed.data : customerSegmentFiltersSchema.parse({});
}

export type SegmentSummary = {
  id: string;
  name: string;
  marketing: boolean;
  shared: boolean;
  mine: boolean;
  ownerName: string;
  /** The list's query string that reopens it, e.g. "?tier=GOLD&segment=…". */
  search: string;
};

const SEGMENT_LIST_MAX = 100;

/** The segments this user can open, own first, then by name. */
export async function listSegments(session: AppSession | null): Promise<SegmentSummary[]> {
  assertStaff(session);
  const db = await getDb();
  const rows = await db.segment.findMany({
    where: segmentWhere(session),
    select: {
      id: true,
      name: true,
      marketing: true,
      shared: true,
      ownerId: true,
      filters: true,
      owner: { select: { name: true } },
    },
    orderBy: [{ name: "asc" }, { id: "asc" }],
    take: SEGMENT_LIST_MAX,
  });
  return rows
    .map((s) => ({
      id: s.id,
      name: s.name,
      marketing: s.marketing,
      shared: s.shared,
      mine: s.ownerId === session.userId,
      ownerName: s.owner.name,
      search: customerFiltersToSearch(
        { ...DEFAULT_CUSTOMER_FILTERS, ...segmentAudience(readSegmentFilters(s.filters), s) },
        { segment: s.id },
      ),
    }))
    .sort((a, b) => Number(b.mine) - Number(a.mine));
}

export type OpenSegment = { id: string; name: string; marketing: boolean; filters: CustomerSegmentFilters };

/** One segment this user may open, or null (unknown, or not theirs to see). */
export async function getSegment(session: AppSession | null, id: string | undefined): Promise<OpenSegment | null> {
  assertStaff(session);
  if (!id) return null;
  const db = await getDb();
  const s = await db.segment.findFirst({
    where: { AND: [{ id }, segmentWhere(session)] },
    select: { id: true, name: true, marketing: true, filters: true },
  });
  return s
    ? { id: s.id, name: s.name, marketing: s.marketing, filters: segmentAudience(readSegmentFilters(s.filters), s) }
    : null;
}
